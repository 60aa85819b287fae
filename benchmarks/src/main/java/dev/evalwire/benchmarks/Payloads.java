package dev.evalwire.benchmarks;

import java.util.Arrays;
import java.util.List;

/**
 * The inputs of every benchmarked call, shared by the three variants so all of them send the same JSON. The ids
 * are the sandboxes' seeded resources, which is where the canned responses were captured.
 */
public final class Payloads {

    private Payloads() {}

    /** Prime Intellect: evaluation id. */
    public static final String PI_EVALUATION_ID = "eval_demo";
    /** Prime Intellect: new name. */
    public static final String PI_NAME = "gsm8k-baseline";
    /** Prime Intellect: new tags. */
    public static final List<String> PI_TAGS = Arrays.asList("math", "baseline");
    /** Prime Intellect: eval_config.num_examples (-1 = all). */
    public static final int PI_NUM_EXAMPLES = -1;
    /** Prime Intellect: eval_config.rollouts_per_example. */
    public static final int PI_ROLLOUTS = 4;
    /** Prime Intellect: eval_config.timeout_minutes. */
    public static final int PI_TIMEOUT_MINUTES = 240;

    /** Fireworks: account id. */
    public static final String FW_ACCOUNT = "acme";
    /** Fireworks: evaluator id. */
    public static final String FW_EVALUATOR = "exact-match";
    /** Fireworks: display name. */
    public static final String FW_DISPLAY_NAME = "Exact match v2";
    /** Fireworks: criterion name. */
    public static final String FW_CRITERION = "exact";
    /** Fireworks: code language. */
    public static final String FW_LANGUAGE = "python";
    /** Fireworks: the one code file's name. */
    public static final String FW_FILE = "main.py";
    /** Fireworks: the one code file's content. */
    public static final String FW_CODE = "def evaluate(output, reference):\n    return float(output == reference)\n";
    /** Fireworks: entry function. */
    public static final String FW_ENTRY_FUNC = "evaluate";
    /** Fireworks: requirements. */
    public static final String FW_REQUIREMENTS = "numpy==2.1.0\n";
    /** Fireworks: entry point. */
    public static final String FW_ENTRY_POINT = "main.py::evaluate";

    /** Scale: evaluation id. */
    public static final String SCALE_EVALUATION_ID = "eval_demo";
    /** Scale: task alias. */
    public static final String SCALE_ALIAS = "chat_completion";
    /** Scale: model. */
    public static final String SCALE_MODEL = "openai/gpt-4o-mini";
    /** Scale: messages item locator. */
    public static final String SCALE_MESSAGES = "item.messages";
    /** Scale: temperature. */
    public static final double SCALE_TEMPERATURE = 0.2;
    /** Scale: stop sequences. */
    public static final List<String> SCALE_STOP = Arrays.asList("\n\n", "END");

    /** Keywords AI: evaluator id. */
    public static final String KW_EVALUATOR_ID = "evl_demo";
    /** Keywords AI: configurations key set to {@link #KW_RUBRIC}. */
    public static final String KW_RUBRIC_KEY = "scoring_rubric";
    /** Keywords AI: rubric text. */
    public static final String KW_RUBRIC = "1=Poor, 5=Excellent";
    /** Keywords AI: configurations key removed (sent as null). */
    public static final String KW_REMOVED_KEY = "llm_engine";
    /** Keywords AI: passing condition operator. */
    public static final String KW_OPERATOR = "gte";
    /** Keywords AI: passing condition value. */
    public static final int KW_THRESHOLD = 4;
    /** Keywords AI: tags. */
    public static final List<String> KW_TAGS = Arrays.asList("quality", "production");
}
