/**
 * Garbage-free codecs of the order path: a byte-level JSON cursor over received frames, field-name tables and
 * an interner of the API's vocabulary. Internal to the client; public only for its other packages.
 */
package io.tradewire.client.codec;
