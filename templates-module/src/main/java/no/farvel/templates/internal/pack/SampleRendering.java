package no.farvel.templates.internal.pack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import no.farvel.localization.LetterLocale;
import no.farvel.core.Termination;
import no.farvel.core.json.TerminationReadException;
import no.farvel.core.json.TerminationReader;
import no.farvel.templates.Farvel;
import no.farvel.templates.GuideCheckException;
import no.farvel.templates.InvalidTerminationException;
import no.farvel.templates.RenderedLetter;
import no.farvel.templates.TemplatePack;
import no.farvel.templates.pack.PackLimits;
import no.farvel.templates.spi.LimitExceededException;
import no.farvel.templates.spi.PackResources;

/** The sample part of pack verification: each sample termination written in each locale, in each format. */
public final class SampleRendering {
    /** Used when a pack names no samples of its own: the three examples the project is built on. */
    public static final List<String> BUILT_IN = List.of("en-scope.json", "nb-sen-betaling.json",
            "nn-trakassering.json");
    private static final String BUILT_IN_BASE = "no/farvel/templates/samples/";

    private SampleRendering() {
    }

    /** A sample termination and the file it came from, for reports. */
    public record Sample(String file, Termination termination) {
    }

    /**
     * Reads the pack's samples, or the built-in ones when it names none; reports each unreadable one to
     * {@code problem} as (file, message).
     */
    public static List<Sample> read(PackResources resources, List<String> packSamples, PackLimits limits,
                                    BiConsumer<String, String> problem) {
        List<Sample> samples = new ArrayList<>();
        TerminationReader reader = TerminationReader.create();
        if (packSamples.isEmpty()) {
            for (String name : BUILT_IN) {
                try {
                    samples.add(new Sample("built-in sample " + name, reader.readOne(builtIn(name), name)));
                } catch (TerminationReadException e) {
                    throw new IllegalStateException("The built-in sample " + name + " is broken", e);
                }
            }
            return samples;
        }
        for (String path : packSamples) {
            try {
                PackPaths.requireInside(resources.name(), path);
                String json = PackFiles.text(resources, path, limits);
                samples.add(new Sample(path, reader.readOne(json, path)));
            } catch (TerminationReadException e) {
                problem.accept(path, "is not a readable termination: " + e.getMessage());
            } catch (IOException | RuntimeException e) {
                problem.accept(path, e.getMessage());
            }
        }
        return samples;
    }

    /**
     * Writes every sample in every given locale and format with the pack, reporting each failure as
     * (file, message); an invalid sample is reported once, and so is a failure every sample shares. A pack that goes
     * past one of its limits is not tried further: once is enough to know, and each try may take the full time.
     */
    public static void render(TemplatePack pack, List<Sample> samples, List<LetterLocale> locales,
                              Set<String> formats, BiConsumer<String, String> problem) {
        Farvel farvel = Farvel.builder().pack(pack).build();
        // A template fault fails every sample in every locale the same way: report the first only.
        Set<String> seen = new java.util.HashSet<>();
        BiConsumer<String, String> once = (file, message) -> {
            if (seen.add(message.replaceFirst("^in [A-Za-z0-9-]+( as [a-z]+)?: ", ""))) {
                problem.accept(file, message);
            }
        };
        for (Sample sample : samples) {
            for (LetterLocale locale : locales) {
                Termination termination = sample.termination().toBuilder().locale(locale).build();
                try {
                    RenderedLetter letter = farvel.render(termination);
                    for (String format : formats) {
                        if (farvel.formats().contains(format)) {
                            try {
                                letter.bytes(format);
                            } catch (LimitExceededException e) {
                                once.accept(sample.file(), "in " + locale + " as " + format + ": " + e.getMessage());
                                return;
                            } catch (RuntimeException e) {
                                once.accept(sample.file(), "in " + locale + " as " + format + ": " + e.getMessage());
                            }
                        }
                    }
                } catch (InvalidTerminationException e) {
                    problem.accept(sample.file(), e.getMessage());
                    break;
                } catch (GuideCheckException e) {
                    once.accept(sample.file(), "in " + locale + ": " + e.getMessage());
                } catch (LimitExceededException e) {
                    once.accept(sample.file(), "in " + locale + ": " + e.getMessage());
                    return;
                } catch (RuntimeException e) {
                    once.accept(sample.file(), "in " + locale + ": " + e.getMessage());
                }
            }
        }
    }

    /** One of the {@link #BUILT_IN} examples, such as {@code nb-sen-betaling.json}. */
    public static Termination builtInTermination(String name) {
        try {
            return TerminationReader.create().readOne(builtIn(name), name);
        } catch (TerminationReadException e) {
            throw new IllegalStateException("The built-in sample " + name + " is broken", e);
        }
    }

    private static String builtIn(String name) {
        try (InputStream in = SampleRendering.class.getClassLoader().getResourceAsStream(BUILT_IN_BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("The built-in sample " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
