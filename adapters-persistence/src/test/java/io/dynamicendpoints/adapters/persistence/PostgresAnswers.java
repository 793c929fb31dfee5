package io.dynamicendpoints.adapters.persistence;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/** The condition behind {@link EnabledIfPostgresAnswers}: one TCP connect, asked once per test run. */
final class PostgresAnswers implements ExecutionCondition {

    private static final int CONNECT_TIMEOUT_MS = 1_000;
    private static volatile Boolean answers;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String where = "PostgreSQL at " + TestDatabase.POSTGRES_HOST + ":" + TestDatabase.POSTGRES_PORT;
        return answers()
                ? ConditionEvaluationResult.enabled(where + " answers")
                : ConditionEvaluationResult.disabled(where + " does not answer");
    }

    private static boolean answers() {
        if (answers == null) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(TestDatabase.POSTGRES_HOST, TestDatabase.POSTGRES_PORT),
                        CONNECT_TIMEOUT_MS);
                answers = true;
            } catch (IOException e) {
                answers = false;
            }
        }
        return answers;
    }
}
