/** The rate limit model: types, intervals, usage. */
package io.tradewire.core.ratelimit;
