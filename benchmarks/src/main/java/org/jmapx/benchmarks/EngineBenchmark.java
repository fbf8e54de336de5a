package org.jmapx.benchmarks;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.jmapx.engine.method.CoreLimits;
import org.jmapx.engine.method.JmapMethod;
import org.jmapx.engine.method.MethodContext;
import org.jmapx.engine.method.MethodErrorException;
import org.jmapx.engine.method.StandardMethods;
import org.jmapx.engine.set.InvalidPatchException;
import org.jmapx.engine.set.PatchObject;
import org.jmapx.engine.state.MemoryChangeLog;
import org.jmapx.engine.state.StateChangeListener;
import org.jmapx.engine.store.MemoryObjectStore;
import org.jmapx.engine.type.JmapType;
import org.jmapx.engine.type.PropertySchema;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The engine's hot path without HTTP nor James: Foo/get of 50 objects through the engine's own
 * GetMethod over the memory store, and PatchObject parsing + application. The type is an
 * AddressBook look-alike declared here, so that the benchmark only depends on the engine's API.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class EngineBenchmark {
    static final String ACCOUNT = Payloads.ACCOUNT_ID;

    static final JmapType ADDRESS_BOOK = new JmapType() {
        private final PropertySchema schema = PropertySchema.builder()
            .requiredProperty("name")
            .property("description")
            .propertyWithDefault("sortOrder", IntNode.valueOf(0))
            .serverSetProperty("isDefault")
            .propertyWithDefault("isSubscribed", BooleanNode.TRUE)
            .property("shareWith")
            .computedProperty("myRights")
            .build();

        @Override
        public String name() {
            return "AddressBook";
        }

        @Override
        public String capability() {
            return Workloads.CONTACTS;
        }

        @Override
        public PropertySchema schema() {
            return schema;
        }

        @Override
        public ObjectNode computedProperties(String accountId, ObjectNode stored, MethodContext context) {
            return Payloads.myRights(stored.path("sortOrder").asInt());
        }
    };

    static final MethodContext CONTEXT = new MethodContext() {
        @Override
        public String username() {
            return "bench@bench.local";
        }

        @Override
        public String primaryAccountId() {
            return ACCOUNT;
        }

        @Override
        public boolean actsAsOwner(String accountId) {
            return ACCOUNT.equals(accountId);
        }

        @Override
        public Optional<String> resolveCreationId(String creationId) {
            return Optional.empty();
        }

        @Override
        public void recordCreationId(String creationId, String id) {
        }

        @Override
        public CoreLimits limits() {
            return CoreLimits.DEFAULT;
        }

        @Override
        public void addImplicitResponse(String methodName, ObjectNode arguments) {
            // only /copy with onSuccessDestroyOriginal adds one; not benchmarked
        }
    };

    private JmapMethod get;
    private ObjectNode getAllArguments;
    private ObjectNode getThreeArguments;
    private ObjectNode patch;
    private ObjectNode patchTarget;

    @Setup
    public void setUp() throws MethodErrorException {
        StandardMethods methods = new StandardMethods(ADDRESS_BOOK, new MemoryObjectStore(), new MemoryChangeLog(),
            StateChangeListener.NONE);
        for (int i = 0; i < 50; i++) {
            ObjectNode book = Payloads.storedBook(i);
            methods.storage().commit(ACCOUNT, java.util.Map.of(book.get("id").asText(), book), java.util.Set.of(),
                org.jmapx.engine.state.Change.created(book.get("id").asText()));
        }
        get = methods.get();
        getAllArguments = JsonNodeFactory.instance.objectNode().put("accountId", ACCOUNT).putNull("ids");
        getThreeArguments = JsonNodeFactory.instance.objectNode().put("accountId", ACCOUNT);
        getThreeArguments.putArray("ids").add("ab-0003").add("ab-0017").add("ab-0042");
        ObjectNode all = get.call(getAllArguments, CONTEXT);
        if (all.path("list").size() != 50) {
            throw new IllegalStateException("expected 50 objects, got " + all);
        }
        patch = JsonNodeFactory.instance.objectNode().put("name", "Renamed").putNull("sortOrder");
        patch.putObject("shareWith/bob@example.com").put("mayRead", true).put("mayWrite", false)
            .put("mayShare", false).put("mayDelete", false);
        patchTarget = Payloads.storedBook(5); // shared: shareWith is an object
    }

    @Benchmark
    public ObjectNode getAll50() throws MethodErrorException {
        return get.call(getAllArguments, CONTEXT);
    }

    @Benchmark
    public ObjectNode getThreeByIds() throws MethodErrorException {
        return get.call(getThreeArguments, CONTEXT);
    }

    @Benchmark
    public ObjectNode patchParseAndApply() throws InvalidPatchException {
        return PatchObject.parse(patch).applyTo(patchTarget, ADDRESS_BOOK.schema());
    }
}
