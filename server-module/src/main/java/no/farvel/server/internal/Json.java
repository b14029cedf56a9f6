package no.farvel.server.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import no.farvel.batch.Problem;

/** JSON responses and problem documents. */
public final class Json {
    /** Shared and thread-safe once configured. */
    public static final ObjectMapper MAPPER = new ObjectMapper();
    /** Where problem types are named: {@code urn:farvel:problem:invalid-termination}. */
    public static final String PROBLEM_TYPE_PREFIX = "urn:farvel:problem:";
    private static final String JSON_TYPE = "application/json; charset=utf-8";
    private static final String PROBLEM_JSON = "application/problem+json; charset=utf-8";

    private Json() {
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** Sends {@code body} as JSON with the given status. */
    public static void send(Context ctx, int status, Object body) {
        try {
            ctx.status(status).contentType(JSON_TYPE).result(MAPPER.writeValueAsBytes(body));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("A response could not be written as JSON", e);
        }
    }

    /** Sends the problem document for {@code problem}. */
    public static void sendProblem(Context ctx, ProblemException problem) {
        ObjectNode body = object();
        body.put("type", PROBLEM_TYPE_PREFIX + problem.type());
        body.put("title", problem.title());
        body.put("status", problem.status());
        if (problem.getMessage() != null) {
            body.put("detail", problem.getMessage());
        }
        body.put("instance", ctx.path());
        if (!problem.violations().isEmpty()) {
            body.set("violations", problems(problem.violations(), problem.id()));
        }
        if (!problem.warnings().isEmpty()) {
            body.set("warnings", problems(problem.warnings(), problem.id()));
        }
        problem.headers().forEach(ctx::header);
        try {
            ctx.status(problem.status()).contentType(PROBLEM_JSON).result(MAPPER.writeValueAsBytes(body));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("A problem document could not be written", e);
        }
        ctx.attribute(Json.class.getName(), Boolean.TRUE);
    }

    /** Whether a problem document was already sent for this request. */
    public static boolean problemSent(Context ctx) {
        return ctx.attribute(Json.class.getName()) != null;
    }

    /**
     * Problems as the manifest writes them, {@code where}, {@code path}, {@code code}, {@code message}, plus
     * {@code text}: the very line the command line prints for it.
     */
    public static ArrayNode problems(List<Problem> problems, String id) {
        ArrayNode array = MAPPER.createArrayNode();
        for (Problem p : problems) {
            array.addObject().put("where", p.where()).put("path", p.path()).put("code", p.code())
                    .put("message", p.message()).put("text", p.describe(id));
        }
        return array;
    }
}
