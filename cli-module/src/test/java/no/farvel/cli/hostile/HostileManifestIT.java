package no.farvel.cli.hostile;

import static no.farvel.cli.hostile.HostileCase.batch;
import static no.farvel.cli.hostile.HostileCase.of;
import static no.farvel.cli.hostile.Records.jsonl;
import static no.farvel.cli.hostile.Records.valid;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Hostile manifests met by {@code --resume}: forged file names and ids, links and FIFOs where letters are claimed,
 * absurd sizes, torn, huge and binary lines. Resume may skip a record only when its letters are files Farvel could
 * have written, in the record's real folder, with the size and hash recorded; anything else is done again, and
 * nothing outside the output folder is read into a decision or changed.
 */
class HostileManifestIT extends HostileCorpus {
    private static final String JSONL = "in/clients.jsonl";
    private static final String REDONE = "1 done, 0 failed, 0 skipped";
    private static final List<String> ACME_REDONE = List.of(JSONL + ":1 ok");

    static Stream<HostileCase> cases() {
        return Stream.of(
                of("a forged file name ../../../../etc/hostname with that file's hash",
                        s -> forged(s, "acme", "../../../../etc/hostname", Path.of("/etc/hostname")),
                        resume(), 0, List.of(REDONE), ACME_REDONE)
                        .then(HostileManifestIT::onlyLetterTxtListed),
                of("a forged relative name into the folder beside the output folder",
                        s -> forged(s, "acme", "../../outside/secret.txt", s.outside.resolve("secret.txt")),
                        resume(), 0, List.of(REDONE), ACME_REDONE)
                        .then(HostileManifestIT::onlyLetterTxtListed),
                of("a forged absolute name",
                        s -> forged(s, "acme", s.outside.resolve("secret.txt").toString(),
                                s.outside.resolve("secret.txt")),
                        resume(), 0, List.of(REDONE), ACME_REDONE),
                of("a forged name that climbs out through a letter's name",
                        s -> forged(s, "acme", "letter.txt/../../../outside/secret.txt",
                                s.outside.resolve("secret.txt")),
                        resume(), 0, List.of(REDONE), ACME_REDONE),
                of("a forged name of Farvel's own manifest",
                        s -> forged(s, "acme", "../manifest.jsonl", s.outside.resolve("target.jsonl")),
                        resume(), 0, List.of(REDONE), ACME_REDONE),
                of("a forged name that is no letter Farvel writes",
                        s -> {
                            s.write("out/acme/letter.exe", "MZ");
                            forged(s, "acme", "letter.exe", s.out.resolve("acme/letter.exe"));
                        },
                        resume(), 0, List.of(REDONE), ACME_REDONE),
                of("a forged id that climbs out of the output folder is neither skipped nor carried over",
                        s -> forged(s, "../outside", "letter.txt", s.outside.resolve("letter.txt")),
                        resume(), 0, List.of(REDONE), ACME_REDONE),
                of("a record folder that is a link to a folder holding the claimed letter",
                        s -> {
                            forged(s, "acme", "letter.txt", s.outside.resolve("letter.txt"));
                            s.link("out/acme", s.outside);
                        },
                        resume(), 1,
                        List.of(JSONL + ":1 id=acme could not be written to {out}/acme: is a symbolic link"),
                        List.of(JSONL + ":1 failed")),
                of("a claimed letter that is a link to a file with the claimed hash",
                        s -> {
                            forged(s, "acme", "letter.txt", s.outside.resolve("letter.txt"));
                            s.link("out/acme/letter.txt", s.outside.resolve("letter.txt"));
                        },
                        resume(), 0, List.of(REDONE), ACME_REDONE)
                        .then((s, r) -> assertThat(s.out.resolve("acme/letter.txt")).isRegularFile()
                                .content().contains("Acme Ltd")),
                of("a claimed letter that is a FIFO",
                        s -> {
                            Files.createDirectories(s.root.resolve("out/acme"));
                            s.write("out/manifest.jsonl", line("acme", "letter.txt", "0".repeat(64), 10));
                            s.write(JSONL, jsonl(valid("acme")));
                            s.fifo("out/acme/letter.txt");
                        },
                        resume(), 0, List.of(REDONE), ACME_REDONE),
                of("a claimed size of a terabyte",
                        s -> {
                            s.write("out/acme/letter.txt", "short");
                            s.write("out/manifest.jsonl", line("acme", "letter.txt", "0".repeat(64), 1L << 40));
                            s.write(JSONL, jsonl(valid("acme")));
                        },
                        resume(), 0, List.of(REDONE), ACME_REDONE),
                of("a letter listed twice in one line",
                        s -> {
                            Path letter = s.write("out/acme/letter.txt", "a letter");
                            String hash = hash(letter);
                            s.write("out/manifest.jsonl", "{\"id\":\"acme\",\"status\":\"ok\",\"source\":\"x:1\","
                                    + "\"files\":[" + file("letter.txt", hash, 8) + "," + file("letter.txt", hash, 8)
                                    + "]}\n");
                            s.write(JSONL, jsonl(valid("acme")));
                        },
                        resume(), 0, List.of(REDONE), ACME_REDONE),
                of("a torn last line",
                        s -> {
                            s.write(JSONL, jsonl(valid("acme")));
                            s.write("out/manifest.jsonl", "{\"id\":\"acme\",\"status\":\"ok\",\"files\":[{\"na");
                        },
                        resume(), 0, List.of(REDONE), ACME_REDONE),
                of("a manifest line of 50 MB is skipped without being held",
                        s -> {
                            s.write(JSONL, jsonl(valid("acme")));
                            s.writeRepeated("out/manifest.jsonl", "{\"id\":\"acme\",\"status\":\"ok\",\"x\":\"", "z",
                                    50_000_000, "\"}\n");
                        },
                        resume(), 0, List.of(REDONE), ACME_REDONE),
                of("a manifest of binary garbage",
                        s -> {
                            s.write(JSONL, jsonl(valid("acme")));
                            byte[] garbage = new byte[200_000];
                            new java.util.Random(3).nextBytes(garbage);
                            Files.write(Files.createDirectories(s.out).resolve("manifest.jsonl"), garbage);
                        },
                        resume(), 0, List.of(REDONE), ACME_REDONE),
                of("a letter changed since it was recorded is written again",
                        s -> {
                            Path letter = s.write("out/acme/letter.txt", "the recorded letter");
                            s.write("out/manifest.jsonl", line("acme", "letter.txt", hash(letter), 19));
                            s.write("out/acme/letter.txt", "THE RECORDED LETTER");
                            s.write(JSONL, jsonl(valid("acme")));
                        },
                        resume(), 0, List.of(REDONE), ACME_REDONE),
                of("an intact letter is skipped, and skipped again on the next resume",
                        s -> {
                            Path letter = s.write("out/acme/letter.txt", "the recorded letter");
                            s.write("out/manifest.jsonl", line("acme", "letter.txt", hash(letter), 19)
                                    .replace("\"ok\"", "\"skipped\""));
                            s.write(JSONL, jsonl(valid("acme")));
                        },
                        resume(), 0, List.of("0 done, 0 failed, 1 skipped"), List.of(JSONL + ":1 skipped"))
                        .then((s, r) -> assertThat(s.out.resolve("acme/letter.txt")).hasContent("the recorded letter")));
    }

    private static List<String> resume() {
        return batch(JSONL, "--resume");
    }

    /**
     * A manifest line for {@code id} that claims {@code name} with the hash and size of {@code claimed}, a file that
     * is really there (outside the record's folder, most often); and an input holding a valid record acme.
     */
    private static void forged(Sandbox s, String id, String name, Path claimed) {
        try {
            s.write("out/manifest.jsonl", line(id, name, hash(claimed), Files.size(claimed)));
            s.write(JSONL, jsonl(valid("acme")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String line(String id, String name, String sha256, long size) {
        return Records.JSON.createObjectNode().put("id", id).put("status", "ok").put("source", "in/clients.jsonl:1")
                .set("files", Records.JSON.createArrayNode().add(Records.JSON.createObjectNode().put("name", name)
                        .put("sha256", sha256).put("size", size))).toString() + "\n";
    }

    private static String file(String name, String sha256, long size) {
        return "{\"name\":\"" + name + "\",\"sha256\":\"" + sha256 + "\",\"size\":" + size + "}";
    }

    private static String hash(Path file) {
        try {
            return Sandbox.sha256(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The new manifest lists only the letter this run wrote: it confirms nothing a forged line named. */
    private static void onlyLetterTxtListed(Sandbox s, FarvelProcess.Result result) throws IOException {
        List<String> lines = Files.readAllLines(s.out.resolve("manifest.jsonl"));
        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(Records.JSON.readTree(line).get("files").findValuesAsText("name"))
                    .containsExactly("letter.txt");
            assertThat(line).doesNotContain("hostname", "secret", "..");
        });
    }
}
