package dev.cairn.playbook;

import dev.cairn.CairnException;
import dev.cairn.generate.RecordedAnswers;
import dev.cairn.template.TemplateLoader;
import dev.cairn.template.TemplateSource;
import dev.cairn.template.TemplateSources;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * {@code template-current: true}: the project is on the newest version of the template it was generated from. The
 * template and version come from {@code .cairn/answers.yaml}; the newest version is the last one its source offers
 * (Maven coordinates, git) or, for a source with one version (bundled, folder, jar), the version its manifest declares.
 */
public record TemplateCurrent() implements Verification {

    static final String TYPE = "template-current";

    static TemplateCurrent read(VerificationSpec spec) {
        spec.requireTrue();
        return new TemplateCurrent();
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Verdict verify(Project project) throws IOException {
        if (!project.hasRecordedAnswers()) {
            return Verdict.fail("no " + RecordedAnswers.PATH + ": the project does not record the template it came from");
        }
        Optional<String> source = project.recordedTemplate("source");
        Optional<String> version = project.recordedTemplate("version");
        if (source.isEmpty() || version.isEmpty()) {
            return Verdict.fail(RecordedAnswers.PATH + " records no template source and version");
        }
        String newest;
        try {
            TemplateSource template = TemplateSources.resolve(source.get(), project.root());
            List<String> versions = template.versions();
            newest = versions.isEmpty() ? TemplateLoader.load(template).version() : versions.get(versions.size() - 1);
        } catch (CairnException e) {
            return Verdict.fail("cannot read the template " + source.get() + ": " + e.userLine());
        }
        if (newest == null) {
            return Verdict.fail("the template " + source.get() + " declares no version");
        }
        return version.get().equals(newest) ? Verdict.pass(source.get() + " " + newest + ", the newest")
                : Verdict.fail(source.get() + " " + version.get() + ", but " + newest + " is out: run 'cairn update'");
    }
}
