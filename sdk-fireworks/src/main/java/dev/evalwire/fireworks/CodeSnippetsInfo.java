package dev.evalwire.fireworks;

import static dev.evalwire.fireworks.internal.wire.CodeSnippets.JSON_PROPERTY_ENTRY_FILE;
import static dev.evalwire.fireworks.internal.wire.CodeSnippets.JSON_PROPERTY_ENTRY_FUNC;
import static dev.evalwire.fireworks.internal.wire.CodeSnippets.JSON_PROPERTY_FILE_CONTENTS;
import static dev.evalwire.fireworks.internal.wire.CodeSnippets.JSON_PROPERTY_LANGUAGE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalwire.core.ApiObject;
import dev.evalwire.core.internal.JsonFields;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.annotation.Nullable;

/**
 * The source files of a code-based criterion, as returned by the server (the request form is
 * {@link CodeSnippets}). Fields a newer server adds are kept in {@link #additionalProperties()}.
 */
public final class CodeSnippetsInfo extends ApiObject {

    private static final Set<String> KNOWN = Collections.unmodifiableSet(new HashSet<>(Arrays.asList(
            JSON_PROPERTY_LANGUAGE, JSON_PROPERTY_FILE_CONTENTS, JSON_PROPERTY_ENTRY_FILE, JSON_PROPERTY_ENTRY_FUNC)));

    @Nullable
    private final String language;

    private final Map<String, String> fileContents;
    private final boolean fileContentsSent;

    @Nullable
    private final String entryFile;

    @Nullable
    private final String entryFunc;

    private CodeSnippetsInfo(ObjectNode json) {
        super(json, KNOWN, Collections.<String>emptySet());
        this.language = JsonFields.string(json, JSON_PROPERTY_LANGUAGE);
        this.fileContents = JsonFields.stringMap(json, JSON_PROPERTY_FILE_CONTENTS);
        this.fileContentsSent = JsonFields.nested(json, JSON_PROPERTY_FILE_CONTENTS) != null;
        this.entryFile = JsonFields.string(json, JSON_PROPERTY_ENTRY_FILE);
        this.entryFunc = JsonFields.string(json, JSON_PROPERTY_ENTRY_FUNC);
    }

    /**
     * Reads a code snippets object.
     *
     * @param json the parsed object
     * @return the snippets
     * @throws IllegalArgumentException when not an object or a field has the wrong type
     */
    public static CodeSnippetsInfo fromJson(JsonNode json) {
        return new CodeSnippetsInfo(JsonFields.object(json, "codeSnippets"));
    }

    /** @return the programming language, or null when not sent */
    @Nullable
    public String language() {
        return language;
    }

    /** @return file name to content, in the order received; empty when not sent */
    public Map<String, String> fileContents() {
        return fileContents;
    }

    /** @return the file holding the function to run, or null when not sent */
    @Nullable
    public String entryFile() {
        return entryFile;
    }

    /** @return the function to run, or null when not sent */
    @Nullable
    public String entryFunc() {
        return entryFunc;
    }

    /**
     * @return the request form with the fields the server sent, for sending back changed; fields unknown to
     *     this SDK are not carried over
     */
    public CodeSnippets toCodeSnippets() {
        CodeSnippets.Builder builder = CodeSnippets.builder();
        if (language != null) {
            builder.language(language);
        }
        if (fileContentsSent) {
            builder.fileContents(fileContents);
        }
        if (entryFile != null) {
            builder.entryFile(entryFile);
        }
        if (entryFunc != null) {
            builder.entryFunc(entryFunc);
        }
        return builder.build();
    }
}
