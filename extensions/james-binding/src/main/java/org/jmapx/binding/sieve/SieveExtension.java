package org.jmapx.binding.sieve;

import java.time.Clock;
import java.util.List;

import org.apache.james.jmap.api.upload.UploadRepository;
import org.apache.james.sieverepository.api.SieveRepository;
import org.jmapx.binding.account.AccountDirectory;
import org.jmapx.engine.extension.JmapExtension;
import org.jmapx.engine.method.JmapMethod;
import org.jmapx.engine.method.StandardMethods;
import org.jmapx.engine.state.ChangeLog;
import org.jmapx.engine.state.StateChangeListener;
import org.jmapx.engine.store.Committer;
import org.jmapx.engine.store.ObjectStore;
import org.jmapx.engine.type.TypeStorage;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** JMAP for Sieve Scripts (RFC 9661) on James's SieveRepository: the capability, its methods and pushed type. */
public class SieveExtension implements JmapExtension {
    public static final List<String> METHOD_NAMES = List.of("SieveScript/get", "SieveScript/changes", "SieveScript/set",
        "SieveScript/query", "SieveScript/queryChanges", "SieveScript/validate");
    public static final List<String> TYPE_NAMES = List.of(SieveScriptType.NAME);

    private final ObjectNode capability;
    private final ScriptBlobs blobs;
    private final List<JmapMethod> methods;

    public SieveExtension(SieveRepository repository, UploadRepository uploads, AccountDirectory accounts, ObjectStore store,
                          ChangeLog changeLog, Committer committer, StateChangeListener listener, SieveLimits limits) {
        SieveSyntax syntax = new SieveSyntax();
        SieveScripts scripts = new SieveScripts(repository, accounts);
        SieveScriptType type = new SieveScriptType(new RepositoryMirror(scripts));
        TypeStorage storage = new TypeStorage(SieveScriptType.NAME, store, changeLog, committer, listener);
        StandardMethods standard = new StandardMethods(type, storage);
        this.capability = SieveCapability.of(limits, syntax.extensions());
        this.blobs = new ScriptBlobs(storage, scripts);
        ContentCheck contentCheck = new ContentCheck(new ScriptContents(uploads, blobs), syntax, limits);
        this.methods = List.of(standard.get(), standard.changes(), standard.query(), standard.queryChanges(),
            new SieveScriptSetMethod(type, storage, scripts, contentCheck, limits, Clock.systemUTC()),
            new SieveScriptValidateMethod(scripts, contentCheck));
    }

    ScriptBlobs blobs() {
        return blobs;
    }

    @Override
    public String capability() {
        return SieveCapability.URN;
    }

    @Override
    public ObjectNode accountCapability() {
        return capability.deepCopy();
    }

    @Override
    public List<JmapMethod> methods() {
        return methods;
    }

    @Override
    public List<String> typeNames() {
        return TYPE_NAMES;
    }
}
