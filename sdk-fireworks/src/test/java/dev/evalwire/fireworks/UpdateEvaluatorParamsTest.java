package dev.evalwire.fireworks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evalwire.core.PatchValue;
import dev.evalwire.core.internal.json.JsonMapperFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Builders of the request side: validation, three states, value semantics. */
class UpdateEvaluatorParamsTest {

    private static String json(Object body) throws Exception {
        return JsonMapperFactory.shared().writeValueAsString(body);
    }

    @Test
    void acceptsModuleAndPathEntryPoints() {
        for (String ok : new String[] {
            "test_exact.py::test_exact",
            "pkg.module::evaluate",
            "src/eval/main.py::_run",
            "C:\\eval\\main.py::run2",
            "módulo::prüfe"
        }) {
            assertEquals(
                    PatchValue.of(ok),
                    UpdateEvaluatorParams.builder().entryPoint(ok).build().entryPoint(),
                    ok);
        }
    }

    @Test
    void refusesMalformedEntryPointsNamingTheForm() {
        for (String bad : new String[] {
            "",
            "main.py",
            "main.py:evaluate",
            "::evaluate",
            "main.py::",
            "my file.py::run",
            "main.py::2run",
            "main.py::run-it",
            "main.py::run()",
            "a::b::c",
            "main.py:: run",
            "\tmain.py::run"
        }) {
            IllegalArgumentException e = assertThrows(
                    IllegalArgumentException.class,
                    () -> UpdateEvaluatorParams.builder().entryPoint(bad),
                    bad);
            assertTrue(
                    e.getMessage().startsWith("entryPoint must have the form module::function or path::function"),
                    e.getMessage());
        }
        assertEquals(
                "entryPoint must have the form module::function or path::function (a module or file path"
                        + " without whitespace, '::', then a Python function name), was \"main.py\"",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> UpdateEvaluatorParams.builder().entryPoint("main.py"))
                        .getMessage());
    }

    @Test
    void validatesTheGithubRepositoryForm() {
        assertEquals(
                PatchValue.of("acme-labs/eval.tools_v2"),
                EvaluatorSource.builder()
                        .githubRepositoryName("acme-labs/eval.tools_v2")
                        .build()
                        .githubRepositoryName());
        for (String bad : new String[] {
            "acme",
            "acme/",
            "/repo",
            "acme/repo/extra",
            "ac me/repo",
            "acme/..",
            "https://github.com/acme/repo",
            "-acme/repo"
        }) {
            IllegalArgumentException e = assertThrows(
                    IllegalArgumentException.class,
                    () -> EvaluatorSource.builder().githubRepositoryName(bad),
                    bad);
            assertEquals(
                    "source.githubRepositoryName must have the form owner/repository, was \"" + bad + "\"",
                    e.getMessage());
        }
    }

    @Test
    void javaNullIsRefusedBecauseNoFieldIsNullable() {
        String unset = " must not be null; the API cannot clear it (pass an empty value instead, or leave it unset"
                + " to keep the stored value)";
        assertEquals(
                "displayName" + unset,
                assertThrows(
                                NullPointerException.class,
                                () -> UpdateEvaluatorParams.builder().displayName(null))
                        .getMessage());
        assertEquals(
                "entryPoint" + unset,
                assertThrows(
                                NullPointerException.class,
                                () -> UpdateEvaluatorParams.builder().entryPoint(null))
                        .getMessage());
        assertEquals(
                "criteria" + unset,
                assertThrows(
                                NullPointerException.class,
                                () -> UpdateEvaluatorParams.builder().criteria((List<Criterion>) null))
                        .getMessage());
        assertEquals(
                "type" + unset,
                assertThrows(
                                NullPointerException.class,
                                () -> Criterion.builder().type(null))
                        .getMessage());
        assertEquals(
                "fileContents" + unset,
                assertThrows(
                                NullPointerException.class,
                                () -> CodeSnippets.builder().fileContents(null))
                        .getMessage());
        assertEquals(
                "source.githubRepositoryName" + unset,
                assertThrows(
                                NullPointerException.class,
                                () -> EvaluatorSource.builder().githubRepositoryName(null))
                        .getMessage());
        assertEquals(
                "criteria[1] must not be null",
                assertThrows(
                                NullPointerException.class,
                                () -> UpdateEvaluatorParams.builder()
                                        .criteria(Criterion.builder().build(), null))
                        .getMessage());
    }

    @Test
    void theLastCallForAFieldWins() throws Exception {
        UpdateEvaluatorParams params = UpdateEvaluatorParams.builder()
                .displayName("a")
                .displayName("")
                .description("x")
                .description("y")
                .build();

        assertEquals("{\"displayName\":\"\",\"description\":\"y\"}", json(params));
        assertEquals(PatchValue.of(""), params.displayName());
        assertTrue(params.commitHash().isAbsent());
    }

    @Test
    void putFileAddsToTheFilesAlreadySet() throws Exception {
        Map<String, String> first = new LinkedHashMap<>();
        first.put("main.py", "old");
        CodeSnippets code = CodeSnippets.builder()
                .fileContents(first)
                .putFile("util.py", "u")
                .putFile("main.py", "new")
                .build();
        first.put("evil.py", "changed after set");

        assertEquals("{\"fileContents\":{\"main.py\":\"new\",\"util.py\":\"u\"}}", json(code));
        assertEquals(
                "{\"fileContents\":{\"a.py\":\"a\"}}",
                json(CodeSnippets.builder().putFile("a.py", "a").build()));
        assertThrows(
                IllegalArgumentException.class, () -> CodeSnippets.builder().putFile(" ", "x"));
        assertThrows(NullPointerException.class, () -> CodeSnippets.builder().putFile("a.py", null));
    }

    @Test
    void listsAreCopiedWhenSet() throws Exception {
        List<Criterion> criteria = new ArrayList<>(
                Collections.singletonList(Criterion.builder().name("a").build()));
        UpdateEvaluatorParams params =
                UpdateEvaluatorParams.builder().criteria(criteria).build();
        criteria.add(Criterion.builder().name("b").build());

        assertEquals("{\"criteria\":[{\"name\":\"a\"}]}", json(params));
        assertThrows(
                UnsupportedOperationException.class,
                () -> params.criteria().get().add(null));
    }

    @Test
    void accessorsReturnWhatWasSet() {
        CodeSnippets code = CodeSnippets.builder()
                .language("python")
                .putFile("main.py", "x")
                .entryFile("main.py")
                .entryFunc("run")
                .build();
        Criterion criterion = Criterion.builder()
                .type(CriterionType.CODE_SNIPPETS)
                .name("n")
                .description("d")
                .codeSnippets(code)
                .build();
        EvaluatorSource source =
                EvaluatorSource.builder().type(EvaluatorSourceType.TYPE_UPLOAD).build();

        assertEquals("CODE_SNIPPETS", criterion.type().get());
        assertEquals("n", criterion.name().get());
        assertEquals("d", criterion.description().get());
        assertEquals(code, criterion.codeSnippets().get());
        assertEquals("python", code.language().get());
        assertEquals(
                Collections.singletonMap("main.py", "x"), code.fileContents().get());
        assertEquals("main.py", code.entryFile().get());
        assertEquals("run", code.entryFunc().get());
        assertEquals("TYPE_UPLOAD", source.type().get());
        assertTrue(source.githubRepositoryName().isAbsent());
    }

    @Test
    void equalsHashCodeAndToBuilderRoundTrip() {
        UpdateEvaluatorParams params = UpdateEvaluatorParams.builder()
                .displayName("a")
                .criteria(Criterion.builder()
                        .name("c")
                        .codeSnippets(
                                CodeSnippets.builder().putFile("m.py", "x").build())
                        .build())
                .source(EvaluatorSource.builder()
                        .type(EvaluatorSourceType.TYPE_UPLOAD)
                        .build())
                .defaultDataset("")
                .build();

        UpdateEvaluatorParams copy = params.toBuilder().build();
        UpdateEvaluatorParams changed = params.toBuilder().displayName("b").build();

        assertEquals(params, copy);
        assertEquals(params.hashCode(), copy.hashCode());
        assertNotEquals(params, changed);
        assertEquals(PatchValue.of("a"), params.displayName());
        assertEquals(PatchValue.of("b"), changed.displayName());
        Criterion criterion = params.criteria().get().get(0);
        assertEquals(criterion, criterion.toBuilder().build());
        assertEquals(params.source().get(), params.source().get().toBuilder().build());
        CodeSnippets code = criterion.codeSnippets().get();
        assertEquals(code, code.toBuilder().build());
        assertNotEquals(code, code.toBuilder().entryFunc("f").build());
    }

    @Test
    void toStringShowsTheSetFieldsAndStates() {
        UpdateEvaluatorParams params = UpdateEvaluatorParams.builder()
                .displayName("a")
                .description("")
                .source(EvaluatorSource.builder()
                        .type(EvaluatorSourceType.TYPE_UPLOAD)
                        .build())
                .build();

        assertEquals(
                "UpdateEvaluatorParams{displayName=a, description=," + " source=EvaluatorSource{type=TYPE_UPLOAD}}",
                params.toString());
        assertTrue(params.secretValues().isEmpty());
    }

    @Test
    void prepareCodeUploadIsNotABodyFieldAndIsUnsetByDefault() throws Exception {
        UpdateEvaluatorParams empty = UpdateEvaluatorParams.builder().build();
        assertNull(empty.prepareCodeUpload());
        UpdateEvaluatorParams prepare =
                UpdateEvaluatorParams.builder().prepareCodeUpload(true).build();
        assertEquals("{}", json(prepare));
        assertTrue(prepare.isEmpty());
        assertEquals(Boolean.TRUE, prepare.prepareCodeUpload());
    }

    @Test
    void prepareCodeUploadTakesPartInValueSemantics() {
        UpdateEvaluatorParams params = UpdateEvaluatorParams.builder()
                .prepareCodeUpload(false)
                .displayName("d")
                .build();

        assertEquals(params, params.toBuilder().build());
        assertEquals(params.hashCode(), params.toBuilder().build().hashCode());
        assertEquals(Boolean.FALSE, params.toBuilder().build().prepareCodeUpload());
        assertNotEquals(params, params.toBuilder().prepareCodeUpload(true).build());
        assertNotEquals(params, UpdateEvaluatorParams.builder().displayName("d").build());
        assertNotEquals(UpdateEvaluatorParams.builder().displayName("d").build(), params);
        assertEquals("UpdateEvaluatorParams{displayName=d}?prepareCodeUpload=false", params.toString());
        assertEquals(
                "UpdateEvaluatorParams{displayName=d}",
                UpdateEvaluatorParams.builder().displayName("d").build().toString());
    }

    @Test
    void openEnumsCompareByValue() {
        assertEquals(CriterionType.CODE_SNIPPETS, CriterionType.of("CODE_SNIPPETS"));
        assertEquals(EvaluatorState.BUILD_FAILED.known(), EvaluatorState.Known.BUILD_FAILED);
        assertFalse(EvaluatorSourceType.of("TYPE_GITHUB").equals(CriterionType.of("TYPE_GITHUB")));
    }
}
