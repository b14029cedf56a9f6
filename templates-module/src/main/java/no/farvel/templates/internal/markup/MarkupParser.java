package no.farvel.templates.internal.markup;

import java.io.StringReader;
import java.util.Objects;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import no.farvel.templates.document.LetterDocument;
import no.farvel.templates.pack.PackLimits;
import no.farvel.templates.spi.RenderException;

/**
 * Parses the letter markup that templates emit into a {@link LetterDocument}. Thread-safe.
 *
 * <p>The markup is well-formed XML: a root {@code <article lang="nb" data-title="..." data-author="..."
 * data-subject="...">} holding at most one {@code <header>} (letterhead), {@code <address>} (recipient) and
 * {@code <footer>} (every page) and the body. DTDs and entities other than the five XML ones and numeric references
 * are refused, so a template (or the data it prints) cannot make the parser read files or expand entity bombs.
 */
public final class MarkupParser {
    private static final XMLInputFactory FACTORY = newFactory();

    private MarkupParser() {
    }

    /**
     * Parses {@code markup}, the output of the template {@code templateName}, nesting at most as deep as the default
     * {@code markupDepth}; errors name that template and the line and column of the generated markup.
     */
    public static LetterDocument parse(String markup, String templateName) {
        return parse(markup, templateName, PackLimits.defaults().markupDepth());
    }

    /** Parses {@code markup} allowing elements to nest {@code maxDepth} deep. */
    public static LetterDocument parse(String markup, String templateName, int maxDepth) {
        Objects.requireNonNull(markup, "The parameter 'markup' must not be null");
        Objects.requireNonNull(templateName, "The parameter 'templateName' must not be null");
        XMLStreamReader reader;
        try {
            synchronized (FACTORY) {
                // The factory's configuration is not documented as thread-safe; creating readers is cheap.
                reader = FACTORY.createXMLStreamReader(new StringReader(markup));
            }
        } catch (XMLStreamException e) {
            throw malformed(e, templateName);
        }
        try {
            return new MarkupReader(reader, templateName, maxDepth).read();
        } catch (XMLStreamException e) {
            throw malformed(e, templateName);
        } finally {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // Nothing was opened that closing could leak.
            }
        }
    }

    private static XMLInputFactory newFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("the markup must not load external resources (" + systemId + ")");
        });
        return factory;
    }

    private static RenderException malformed(XMLStreamException e, String templateName) {
        String message = e.getMessage() == null ? "unreadable markup" : e.getMessage();
        int at = message.indexOf("Message: ");
        if (at >= 0) {
            message = message.substring(at + "Message: ".length());
        }
        String where = e.getLocation() == null ? "the generated markup of " + templateName
                : MarkupReader.where(e.getLocation(), templateName);
        return new RenderException(capitalize(where) + ": the markup is not well-formed XML: " + message.strip()
                + ". Check that every element is closed and that text is printed with HTML escaping on.", e);
    }

    static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
