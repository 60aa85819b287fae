package dev.evalwire.fireworks;

import static dev.evalwire.fireworks.internal.wire.CodeSnippets.JSON_PROPERTY_ENTRY_FILE;
import static dev.evalwire.fireworks.internal.wire.CodeSnippets.JSON_PROPERTY_ENTRY_FUNC;
import static dev.evalwire.fireworks.internal.wire.CodeSnippets.JSON_PROPERTY_FILE_CONTENTS;
import static dev.evalwire.fireworks.internal.wire.CodeSnippets.JSON_PROPERTY_LANGUAGE;

import dev.evalwire.core.PatchBody;
import dev.evalwire.core.PatchValue;
import dev.evalwire.core.internal.Checks;
import dev.evalwire.core.internal.JsonValues;
import dev.evalwire.core.internal.PatchFields;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The source files of a code-based {@link Criterion}: the language, the files by name, and which file and
 * function to run.
 *
 * <p>Every field is either left out (not sent) or set; none is ever sent as null. Instances are immutable;
 * {@link #toBuilder()} starts a changed copy.
 *
 * <pre>{@code
 * CodeSnippets code = CodeSnippets.builder()
 *     .language("python")
 *     .putFile("main.py", "def evaluate(row):\n    return 1.0\n")
 *     .entryFile("main.py")
 *     .entryFunc("evaluate")
 *     .build();
 * }</pre>
 */
public final class CodeSnippets extends PatchBody {

    private CodeSnippets(Builder builder) {
        super(builder.fields);
    }

    /** @return a builder with no field set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this object's fields */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** @return the programming language of the files */
    public PatchValue<String> language() {
        return field(JSON_PROPERTY_LANGUAGE);
    }

    /** @return the files, file name to content, in the order they were added */
    public PatchValue<Map<String, String>> fileContents() {
        return field(JSON_PROPERTY_FILE_CONTENTS);
    }

    /** @return the file holding the function to run */
    public PatchValue<String> entryFile() {
        return field(JSON_PROPERTY_ENTRY_FILE);
    }

    /** @return the name of the function to run */
    public PatchValue<String> entryFunc() {
        return field(JSON_PROPERTY_ENTRY_FUNC);
    }

    /**
     * Builds {@link CodeSnippets}. Each setter rejects a Java null: the spec declares no field nullable, so
     * the SDK never sends null (set an empty value to reset a field, leave it unset to keep it).
     */
    public static final class Builder {
        private final PatchFields fields;

        private Builder() {
            this.fields = new PatchFields();
        }

        private Builder(CodeSnippets snippets) {
            this.fields = snippets.copyFields();
        }

        /**
         * @param language the programming language of the files, for example {@code python}
         * @return this builder
         * @throws NullPointerException for null, saying that the API cannot clear it
         */
        public Builder language(String language) {
            fields.setNotClearable(JSON_PROPERTY_LANGUAGE, language);
            return this;
        }

        /**
         * Replaces all files.
         *
         * @param files file name to file content (the server's default file name is {@code main.py})
         * @return this builder
         * @throws NullPointerException for a null map, saying that the API cannot clear it, or a null name or content
         * @throws IllegalArgumentException for more than {@link Checks#MAX_ENTRIES} files
         */
        public Builder fileContents(Map<String, String> files) {
            fields.setNotClearable(
                    JSON_PROPERTY_FILE_CONTENTS, files, JSON_PROPERTY_FILE_CONTENTS, JsonValues::stringMap);
            return this;
        }

        /**
         * Adds one file, or replaces the file of that name, keeping the files already added.
         *
         * @param name the file name, for example {@code main.py}
         * @param code the file's content
         * @return this builder
         * @throws NullPointerException for a null name or code, saying what to pass instead
         * @throws IllegalArgumentException for a blank name
         */
        public Builder putFile(String name, String code) {
            Checks.notBlank(JSON_PROPERTY_FILE_CONTENTS + " file name", name, Checks.REQUIRED);
            Checks.notNull(
                    JSON_PROPERTY_FILE_CONTENTS + "." + name,
                    code,
                    "pass \"\" for an empty file, or do not put the file");
            Map<String, String> files = new LinkedHashMap<>();
            PatchValue<?> current = fields.get(JSON_PROPERTY_FILE_CONTENTS);
            if (current.isValue()) {
                @SuppressWarnings("unchecked")
                Map<String, String> existing = (Map<String, String>) current.get();
                files.putAll(existing);
            }
            files.put(name, code);
            return fileContents(Collections.unmodifiableMap(files));
        }

        /**
         * @param entryFile the file holding the function to run
         * @return this builder
         * @throws NullPointerException for null, saying that the API cannot clear it
         */
        public Builder entryFile(String entryFile) {
            fields.setNotClearable(JSON_PROPERTY_ENTRY_FILE, entryFile);
            return this;
        }

        /**
         * @param entryFunc the name of the function to run
         * @return this builder
         * @throws NullPointerException for null, saying that the API cannot clear it
         */
        public Builder entryFunc(String entryFunc) {
            fields.setNotClearable(JSON_PROPERTY_ENTRY_FUNC, entryFunc);
            return this;
        }

        /** @return the immutable object */
        public CodeSnippets build() {
            return new CodeSnippets(this);
        }
    }
}
