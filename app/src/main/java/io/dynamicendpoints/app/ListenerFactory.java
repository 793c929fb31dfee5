package io.dynamicendpoints.app;

import io.dynamicendpoints.application.receive.ReceiveRequest;
import io.dynamicendpoints.application.receive.RequestRecorder;

/** Builds the listener use case around a recorder, so that replays can record as their own kind of entry. */
@FunctionalInterface
interface ListenerFactory {

    ReceiveRequest withRecorder(RequestRecorder recorder);
}
