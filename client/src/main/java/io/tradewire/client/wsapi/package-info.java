/**
 * Internal: the WebSocket API request/response layer: request encoding and signing payloads, the table of pending
 * requests with their deadlines, and streaming response decoding. Public only for the client's product packages.
 */
package io.tradewire.client.wsapi;
