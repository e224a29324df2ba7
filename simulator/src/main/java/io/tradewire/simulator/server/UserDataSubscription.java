package io.tradewire.simulator.server;

import io.netty.buffer.ByteBuf;
import io.tradewire.simulator.fault.UserDataFaults;

/** One user data subscription: an account's events to one connection, through the user data fault stage. */
final class UserDataSubscription {
    final int id;
    final String apiKey;
    /** Made by userDataStream.subscribe on the logged-on account (ends on session.logout). */
    final boolean logon;
    final UserDataConnection connection;
    final UserDataFaults.Stage<ByteBuf> stage;

    UserDataSubscription(int id, String apiKey, boolean logon, UserDataConnection connection,
                         UserDataFaults.Stage<ByteBuf> stage) {
        this.id = id;
        this.apiKey = apiKey;
        this.logon = logon;
        this.connection = connection;
        this.stage = stage;
    }

    @Override
    public String toString() {
        return "UserDataSubscription{" + id + (logon ? ", logon" : ", signature") + "}";
    }
}
