package no.farvel.server.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import no.farvel.batch.input.InputRecord;
import no.farvel.core.Provider;
import no.farvel.templates.pack.PackInfo;
import no.farvel.templates.pack.Packs;

/** The routes for one letter at a time: render, validate, check, send; and the profiles and packs they use. */
public final class LetterEndpoints {
    private final LetterService letters;
    private final ProviderProfiles profiles;
    private final LetterSender sender;
    private final long maxJsonBytes;
    private final Path packsDir;

    public LetterEndpoints(LetterService letters, ProviderProfiles profiles, LetterSender sender, long maxJsonBytes,
                           Path packsDir) {
        this.letters = letters;
        this.profiles = profiles;
        this.sender = sender;
        this.maxJsonBytes = maxJsonBytes;
        this.packsDir = packsDir;
    }

    public void register(JavalinConfig config) {
        config.routes.post("/v1/letters", this::render);
        config.routes.post("/v1/letters/send", this::send);
        config.routes.post("/v1/validate", this::validate);
        config.routes.post("/v1/check", this::check);
        config.routes.get("/v1/providers", this::providers);
        config.routes.get("/v1/packs", this::packs);
    }

    private InputRecord read(Context ctx) {
        String profile = ctx.queryParam("provider");
        Provider provider = profile == null ? null : profiles.require(profile);
        return letters.read(Requests.body(ctx, maxJsonBytes), provider);
    }

    private void render(Context ctx) throws IOException {
        List<String> formats = LetterFormat.requested(ctx.queryParam("format"), ctx.header("Accept"),
                letters.formats());
        boolean allowFindings = Requests.flag(ctx, "allowFindings");
        LetterService.Rendered rendered = letters.render(read(ctx), allowFindings);
        String id = rendered.record().id();
        ctx.header("Farvel-Warnings", Integer.toString(rendered.warnings().size()));
        if (formats.size() == 1) {
            String format = formats.get(0);
            byte[] bytes = letters.bytes(rendered, format);
            ctx.header("Content-Disposition", "attachment; filename=\"" + id + "." + format + "\"");
            ctx.status(200).contentType(LetterFormat.mediaType(format)).result(bytes);
            return;
        }
        List<byte[]> contents = formats.stream().map(format -> letters.bytes(rendered, format)).toList();
        ctx.header("Content-Disposition", "attachment; filename=\"" + id + ".zip\"");
        ctx.status(200).contentType(LetterFormat.mediaType(LetterFormat.ZIP));
        try (ZipOutputStream zip = new ZipOutputStream(ctx.outputStream())) {
            for (int i = 0; i < formats.size(); i++) {
                zip.putNextEntry(new ZipEntry(id + "/letter." + formats.get(i)));
                zip.write(contents.get(i));
                zip.closeEntry();
            }
        }
    }

    private void validate(Context ctx) {
        InputRecord record = read(ctx);
        letters.requireValid(record);
        ObjectNode body = Json.object().put("id", record.id()).put("valid", true);
        body.putArray("violations");
        Json.send(ctx, 200, body);
    }

    private void check(Context ctx) {
        InputRecord record = read(ctx);
        LetterService.Check check = letters.check(record);
        if (!check.errors().isEmpty()) {
            throw LetterService.guideCheckFailed(record, check.errors(), check.warnings());
        }
        ObjectNode body = Json.object().put("id", record.id()).put("pass", true);
        body.set("violations", Json.problems(List.of(), record.id()));
        body.set("warnings", Json.problems(check.warnings(), record.id()));
        Json.send(ctx, 200, body);
    }

    private void send(Context ctx) throws IOException {
        sender.requireConfigured();
        boolean dryRun = Requests.flag(ctx, "dryRun");
        LetterService.Rendered rendered = letters.render(read(ctx), Requests.flag(ctx, "allowFindings"));
        byte[] eml = letters.bytes(rendered, LetterFormat.EML);
        Json.send(ctx, 200, sender.send(rendered.record().id(), eml, dryRun));
    }

    private void providers(Context ctx) {
        ArrayNode list = Json.MAPPER.createArrayNode();
        profiles.all().forEach((name, provider) -> list.addObject().put("profile", name).put("name", provider.name())
                .put("orgNumber", provider.orgNumber()).put("email", provider.email()));
        Json.send(ctx, 200, Json.object().set("providers", list));
    }

    private void packs(Context ctx) {
        ArrayNode list = Json.MAPPER.createArrayNode();
        String inUse = letters.farvel().pack().name();
        for (PackInfo info : Packs.list(packsDir)) {
            ObjectNode pack = list.addObject().put("source", packsDir == null || info.source().equals("default")
                    ? info.source() : packsDir.relativize(Path.of(info.source())).toString());
            pack.put("name", info.name()).put("version", info.version()).put("description", info.description());
            info.locales().forEach(pack.putArray("locales")::add);
            if (!info.problem().isEmpty()) {
                pack.put("problem", packsDir == null ? info.problem() : info.problem().replace(packsDir + "/", ""));
            }
        }
        ObjectNode body = Json.object();
        body.putObject("inUse").put("name", inUse).put("version", letters.farvel().pack().version());
        body.set("packs", list);
        Json.send(ctx, 200, body);
    }
}
