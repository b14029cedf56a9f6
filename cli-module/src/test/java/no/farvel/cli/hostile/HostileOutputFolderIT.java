package no.farvel.cli.hostile;

import static no.farvel.cli.hostile.HostileCase.batch;
import static no.farvel.cli.hostile.HostileCase.of;
import static no.farvel.cli.hostile.Records.jsonl;
import static no.farvel.cli.hostile.Records.valid;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Hostile output folders: record folders and manifests that are links, FIFOs or files, temporary files that are
 * links, folders that cannot be written. Farvel must never write, delete or truncate through a link, must not hang
 * on a FIFO, and must say which record could not be written, in the manifest and with exit code 1.
 */
class HostileOutputFolderIT extends HostileCorpus {
    private static final String JSONL = "in/clients.jsonl";
    private static final String LINK_REFUSED = "is a symbolic link, not a folder; Farvel does not follow links out "
            + "of the output folder, so remove the link";
    private static final List<String> ACME_FAILED = List.of(JSONL + ":1 failed", JSONL + ":2 ok");

    static Stream<HostileCase> cases() {
        return Stream.of(
                of("a record folder that is a link to a folder outside",
                        s -> {
                            twoRecords(s);
                            s.link("out/acme", s.outside);
                        },
                        batch(JSONL), 1,
                        List.of(JSONL + ":1 id=acme could not be written to {out}/acme: " + LINK_REFUSED),
                        ACME_FAILED)
                        .then((s, r) -> assertThat(Files.isSymbolicLink(s.out.resolve("acme"))).isTrue()),
                of("a linked record folder whose record now fails the guide check: nothing withdrawn outside",
                        s -> {
                            s.write(JSONL, jsonl(valid("acme").replace("\"reasons\"",
                                    "\"closing\":{\"personalNote\":\"This is entirely your fault.\"},\"reasons\""),
                                    valid("other")));
                            s.link("out/acme", s.outside);
                        },
                        batch(JSONL, "--formats", "txt,eml"), 1,
                        List.of(JSONL + ":1 id=acme closing.personalNote: "),
                        ACME_FAILED),
                of("a record folder that is a relative link to another record's folder",
                        s -> {
                            twoRecords(s);
                            Files.createDirectories(s.out.resolve("other"));
                            s.link("out/acme", Path.of("other"));
                        },
                        batch(JSONL), 1,
                        List.of(JSONL + ":1 id=acme could not be written to {out}/acme: " + LINK_REFUSED),
                        ACME_FAILED)
                        .then((s, r) -> assertThat(s.out.resolve("other/letter.txt")).exists()),
                of("a record folder that is a dangling link",
                        s -> {
                            twoRecords(s);
                            s.link("out/acme", s.outside.resolve("made-through-the-link"));
                        },
                        batch(JSONL), 1,
                        List.of(JSONL + ":1 id=acme could not be written to {out}/acme: " + LINK_REFUSED),
                        ACME_FAILED),
                of("a record folder that is a FIFO",
                        s -> {
                            twoRecords(s);
                            s.fifo("out/acme");
                        },
                        batch(JSONL), 1,
                        List.of(JSONL + ":1 id=acme could not be written to {out}/acme: is a FIFO, socket or device, "
                                + "not a folder"),
                        ACME_FAILED),
                of("a record folder that is a file",
                        s -> {
                            twoRecords(s);
                            s.write("out/acme", "not a folder");
                        },
                        batch(JSONL), 1,
                        List.of(JSONL + ":1 id=acme could not be written to {out}/acme: is a regular file, not a "
                                + "folder"),
                        ACME_FAILED),
                of("a letter that is a link to a file outside is replaced, not written through",
                        s -> {
                            twoRecords(s);
                            s.link("out/acme/letter.txt", s.outside.resolve("letter.txt"));
                        },
                        batch(JSONL), 0,
                        List.of("2 done, 0 failed, 0 skipped"),
                        List.of(JSONL + ":1 ok", JSONL + ":2 ok"))
                        .then((s, r) -> assertThat(s.out.resolve("acme/letter.txt")).isRegularFile()
                                .content().contains("Acme Ltd")),
                of("a letter that is a FIFO is replaced without being opened",
                        s -> {
                            twoRecords(s);
                            s.fifo("out/acme/letter.txt");
                        },
                        batch(JSONL), 0,
                        List.of("2 done, 0 failed, 0 skipped"),
                        List.of(JSONL + ":1 ok", JSONL + ":2 ok"))
                        .then((s, r) -> assertThat(s.out.resolve("acme/letter.txt")).isRegularFile()),
                of("a letter Farvel does not write this time, left as a link, is withdrawn as a link",
                        s -> {
                            twoRecords(s);
                            s.link("out/acme/letter.pdf", s.outside.resolve("letter.pdf"));
                        },
                        batch(JSONL), 0,
                        List.of("2 done, 0 failed, 0 skipped"),
                        List.of(JSONL + ":1 ok", JSONL + ":2 ok"))
                        .then((s, r) -> assertThat(Files.exists(s.out.resolve("acme/letter.pdf"),
                                LinkOption.NOFOLLOW_LINKS)).isFalse()),
                of("a left-over temporary file that is a link is removed as a link",
                        s -> {
                            twoRecords(s);
                            s.link("out/acme/.letter.txt.99.tmp", s.outside.resolve(".letter.txt.1234.tmp"));
                        },
                        batch(JSONL), 0,
                        List.of("2 done, 0 failed, 0 skipped"),
                        List.of(JSONL + ":1 ok", JSONL + ":2 ok"))
                        .then((s, r) -> assertThat(Files.exists(s.out.resolve("acme/.letter.txt.99.tmp"),
                                LinkOption.NOFOLLOW_LINKS)).isFalse()),
                of("a folder named like a temporary file is left alone",
                        s -> {
                            twoRecords(s);
                            s.write("out/acme/keep.tmp/inside.txt", "not Farvel's");
                        },
                        batch(JSONL), 0,
                        List.of("2 done, 0 failed, 0 skipped"),
                        List.of(JSONL + ":1 ok", JSONL + ":2 ok"))
                        .then((s, r) -> assertThat(s.out.resolve("acme/keep.tmp/inside.txt")).exists()),
                of("manifest.jsonl that is a link to a file outside",
                        s -> {
                            twoRecords(s);
                            s.link("out/manifest.jsonl", s.outside.resolve("target.jsonl"));
                        },
                        batch(JSONL), 1,
                        List.of("farvel: {out}/manifest.jsonl: is a symbolic link, not a regular file; Farvel does not "
                                + "follow links out of the output folder, so remove the link"),
                        null)
                        .then((s, r) -> assertThat(s.out.resolve("acme")).doesNotExist()),
                of("manifest.jsonl that is a link, with --resume",
                        s -> {
                            twoRecords(s);
                            s.link("out/manifest.jsonl", s.outside.resolve("target.jsonl"));
                        },
                        batch(JSONL, "--resume"), 1,
                        List.of("farvel: {out}/manifest.jsonl: is a symbolic link, not a regular file"),
                        null),
                of("manifest.jsonl that is a FIFO",
                        s -> {
                            twoRecords(s);
                            s.fifo("out/manifest.jsonl");
                        },
                        batch(JSONL), 1,
                        List.of("farvel: {out}/manifest.jsonl: is a FIFO, socket or device, not a regular file"),
                        null),
                of("manifest.jsonl that is a FIFO, with --resume",
                        s -> {
                            twoRecords(s);
                            s.fifo("out/manifest.jsonl");
                        },
                        batch(JSONL, "--resume"), 1,
                        List.of("farvel: {out}/manifest.jsonl: is a FIFO, socket or device, not a regular file"),
                        null),
                of("manifest.jsonl that is a folder",
                        s -> {
                            twoRecords(s);
                            s.write("out/manifest.jsonl/inside.txt", "x");
                        },
                        batch(JSONL), 1,
                        List.of("farvel: {out}/manifest.jsonl: is a folder, not a regular file"),
                        null),
                of("an output folder that is a file",
                        s -> {
                            twoRecords(s);
                            s.write("out", "not a folder");
                        },
                        batch(JSONL), 1,
                        List.of("farvel: out: is in the way (a file where a folder belongs)"),
                        null),
                of("an output folder that cannot be written",
                        s -> {
                            twoRecords(s);
                            s.readOnly("out");
                        },
                        batch(JSONL), 1,
                        List.of("farvel: {out}: cannot be written ("),
                        null),
                of("a record folder that cannot be written",
                        s -> {
                            twoRecords(s);
                            s.readOnly("out/acme");
                        },
                        batch(JSONL), 1,
                        List.of(JSONL + ":1 id=acme could not be written to {out}/acme: "),
                        ACME_FAILED),
                of("an output folder given as a link is where the letters go",
                        s -> {
                            twoRecords(s);
                            Files.createDirectories(s.root.resolve("elsewhere"));
                            s.link("out", Path.of("elsewhere"));
                        },
                        batch(JSONL), 0,
                        List.of("2 done, 0 failed, 0 skipped"),
                        List.of(JSONL + ":1 ok", JSONL + ":2 ok"))
                        .then((s, r) -> assertThat(s.root.resolve("elsewhere/acme/letter.txt")).isRegularFile()),
                of("render into a record folder that is a link",
                        s -> {
                            s.write("in/one.json", valid("acme"));
                            s.link("out/acme", s.outside);
                        },
                        List.of("render", "in/one.json", "--out", "out", "--formats", "txt"), 1,
                        List.of("in/one.json:1 id=acme could not be written to {out}/acme: " + LINK_REFUSED),
                        List.of("in/one.json:1 failed")));
    }

    private static void twoRecords(Sandbox s) {
        s.write(JSONL, jsonl(valid("acme"), valid("other")));
    }
}
