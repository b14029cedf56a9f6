package no.farvel.templates.internal.freemarker;

import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import freemarker.template.utility.DeepUnwrap;
import java.util.List;
import java.util.Map;

/**
 * The templates' {@code msg(key)} and {@code msg(key, hash)}: a message with placeholders filled from the hash first,
 * then from the letter model by dotted path ({@code {letter.effectiveDate}}).
 */
final class MessageMethod implements TemplateMethodModelEx {
    private final Messages messages;
    private final Map<String, Object> model;

    MessageMethod(Messages messages, Map<String, Object> model) {
        this.messages = messages;
        this.model = model;
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.isEmpty() || arguments.size() > 2 || !(arguments.get(0) instanceof TemplateScalarModel key)) {
            throw new TemplateModelException("msg takes a message key and, optionally, a hash of values");
        }
        TemplateHashModel local = null;
        if (arguments.size() == 2) {
            if (!(arguments.get(1) instanceof TemplateHashModel hash)) {
                throw new TemplateModelException("msg's second argument must be a hash of values");
            }
            local = hash;
        }
        TemplateHashModel values = local;
        return messages.format(key.getAsString(), path -> {
            try {
                if (values != null && values.get(path) != null) {
                    return String.valueOf(DeepUnwrap.unwrap(values.get(path)));
                }
            } catch (TemplateModelException e) {
                throw new IllegalStateException(e);
            }
            return Messages.valueAt(model, path);
        });
    }
}
