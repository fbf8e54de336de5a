package org.jmapx.benchmarks;

import java.util.concurrent.TimeUnit;

import org.jmapx.binding.json.JsonBridge;
import org.jmapx.binding.json.StringJsonBridge;
import org.jmapx.binding.json.TreeJsonBridge;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import com.fasterxml.jackson.databind.node.ObjectNode;

import play.api.libs.json.JsObject;
import play.api.libs.json.Json;

/**
 * The two play-json &lt;-&gt; Jackson bridges of the James binding, on what they really convert:
 * method arguments (play -&gt; Jackson) and method responses (Jackson -&gt; play). Both directions are
 * measured on a realistic AddressBook/set request and on an AddressBook/get response of 50 objects.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class JsonBridgeBenchmark {
    @Param({"string", "tree"})
    public String bridge;

    private JsonBridge jsonBridge;
    private JsObject setRequestPlay;
    private ObjectNode setRequestJackson;
    private JsObject getResponsePlay;
    private ObjectNode getResponseJackson;

    @Setup
    public void setUp() {
        jsonBridge = create(bridge);
        setRequestJackson = Payloads.addressBookSetRequest();
        getResponseJackson = Payloads.addressBookGetResponse(50);
        setRequestPlay = (JsObject) Json.parse(Payloads.json(setRequestJackson));
        getResponsePlay = (JsObject) Json.parse(Payloads.json(getResponseJackson));
        check("set request play->jackson", jsonBridge.toJackson(setRequestPlay), setRequestJackson);
        check("get response play->jackson", jsonBridge.toJackson(getResponsePlay), getResponseJackson);
        check("set request jackson->play", jsonBridge.toPlay(setRequestJackson), setRequestPlay);
        check("get response jackson->play", jsonBridge.toPlay(getResponseJackson), getResponsePlay);
    }

    static JsonBridge create(String name) {
        return switch (name) {
            case "string" -> new StringJsonBridge();
            case "tree" -> new TreeJsonBridge();
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** Differences are reported, not fatal: the point is to measure, and to say what differs. */
    private void check(String what, Object actual, Object expected) {
        if (!actual.equals(expected)) {
            String actualJson = actual instanceof ObjectNode node ? Payloads.json(node) : Json.stringify((JsObject) actual);
            String expectedJson = expected instanceof ObjectNode node ? Payloads.json(node) : Json.stringify((JsObject) expected);
            System.out.println("NOTE " + bridge + " bridge, " + what + ": result not equal() to the original"
                + (actualJson.equals(expectedJson) ? " (same JSON text: number node types differ)" : " (JSON text differs)")
                + (actual instanceof ObjectNode node ? "; e.g. a small integer became " + firstNumber(node).getClass().getSimpleName() : ""));
        }
    }

    private static com.fasterxml.jackson.databind.JsonNode firstNumber(com.fasterxml.jackson.databind.JsonNode node) {
        if (node.isNumber()) {
            return node;
        }
        for (com.fasterxml.jackson.databind.JsonNode child : node) {
            com.fasterxml.jackson.databind.JsonNode found = firstNumber(child);
            if (found != null && found.isNumber()) {
                return found;
            }
        }
        return com.fasterxml.jackson.databind.node.NullNode.getInstance();
    }

    @Benchmark
    public ObjectNode setRequestToJackson() {
        return jsonBridge.toJackson(setRequestPlay);
    }

    @Benchmark
    public JsObject setRequestToPlay() {
        return jsonBridge.toPlay(setRequestJackson);
    }

    @Benchmark
    public ObjectNode getResponse50ToJackson() {
        return jsonBridge.toJackson(getResponsePlay);
    }

    @Benchmark
    public JsObject getResponse50ToPlay() {
        return jsonBridge.toPlay(getResponseJackson);
    }
}
