package io.dynamicendpoints.application.template;

import java.util.UUID;

/** {@code uuid()}: a new random UUID (version 4), {@code 0b6c3c5e-6f1d-4c1a-9a59-6a1d2c0d8f3e}. */
final class Uuid extends ScriptFunction {

    Uuid() {
        super("uuid");
    }

    @Override
    Object call(Arguments arguments) {
        return UUID.randomUUID().toString();
    }
}
