/**
 * The Binance Spot REST API ({@code /api/v3}) on the JDK's {@link java.net.http.HttpClient}: {@link
 * io.tradewire.client.rest.SpotRestClient}, with the request and response types of the WebSocket API client where
 * the operation is the same.
 */
package io.tradewire.client.rest;
