package dev.evalwire.fireworks;

import javax.annotation.Nullable;

/**
 * How an evaluator's build ended, as {@link FireworksClient#awaitBuild} saw it: {@code ACTIVE} (ready to use) or
 * {@code BUILD_FAILED} (it cannot be used; the vendor points to the build log for details).
 */
public final class EvaluatorBuild {

    private final Evaluator evaluator;

    EvaluatorBuild(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    /** @return true when the evaluator is {@code ACTIVE}, false when its build failed */
    public boolean succeeded() {
        return EvaluatorState.ACTIVE.equals(evaluator.state());
    }

    /** @return {@code ACTIVE} or {@code BUILD_FAILED} */
    public EvaluatorState state() {
        return evaluator.state();
    }

    /** @return the build's status message (why it failed), or null when the server sent none */
    @Nullable
    public String message() {
        BuildStatus status = evaluator.status();
        return status == null ? null : status.message();
    }

    /** @return the evaluator as the last read returned it */
    public Evaluator evaluator() {
        return evaluator;
    }

    @Override
    public String toString() {
        return "EvaluatorBuild{state=" + state() + ", message=" + message() + "}";
    }
}
