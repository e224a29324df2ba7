/** Jackson set-up shared by every module. */
package io.tradewire.core.json;
