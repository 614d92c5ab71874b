package io.freshet.server.pgwire;

import io.freshet.executor.error.FreshetException;
import io.freshet.executor.error.SqlState;
import io.freshet.executor.type.DataType;
import io.freshet.server.pgwire.types.PgType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The protocol state machine of one connection, after framing: one {@code handleX} method per
 * frontend message, run on the connection's worker thread (never the event loop), driving the
 * {@link Session} and answering through {@link BackendMessages}.
 * <pre>
 * Startup                               Simple query
 *   C: SSLRequest        S: 'N'           C: Query "SELECT 1; SELECT 2"
 *   C: StartupMessage                     S: RowDescription, DataRow*, CommandComplete  (statement 1)
 *   S: AuthenticationOk                   S: RowDescription, DataRow*, CommandComplete  (statement 2)
 *   S: ParameterStatus*                   S: ReadyForQuery
 *   S: BackendKeyData                     (an error: ErrorResponse, the rest skipped, ReadyForQuery)
 *   S: ReadyForQuery
 *
 * Extended query (answers are flushed at Sync or Flush)
 *   C: Parse, Bind, Describe P, Execute n, Sync
 *   S: ParseComplete, BindComplete, RowDescription, DataRow* (n at most),
 *      CommandComplete or PortalSuspended, ReadyForQuery
 *   C: Execute n, Sync                    (continue a suspended named portal)
 *   (an error: ErrorResponse, then every message up to Sync is skipped, then ReadyForQuery)
 * </pre>
 * Lifetimes follow PostgreSQL: the unnamed statement lasts until the next Parse of it or the
 * next Query; named statements until Close; the unnamed portal until the next Bind of it;
 * every portal at the latest until ReadyForQuery outside a transaction block (the end of its
 * transaction). Session errors become ErrorResponses and the connection goes on; only a
 * failed startup or a framing violation ends it.
 */
final class PgProtocolHandler {
    private static final Logger LOG = LoggerFactory.getLogger(PgProtocolHandler.class);
    private static final String PROTOCOL_OPTION_PREFIX = "_pq_.";

    private final SessionFactory sessionFactory;
    private final ChannelOutput output;
    private final BackendMessages messages;
    private final Map<String, ParsedStatement> statements = new HashMap<>();
    private final Map<String, BoundPortal> portals = new HashMap<>();
    private final Map<String, String> reportedParameters = new HashMap<>();
    private volatile Session session;
    private boolean skippingUntilSync;
    private volatile boolean closed;

    PgProtocolHandler(SessionFactory sessionFactory, ChannelOutput output) {
        this.sessionFactory = sessionFactory;
        this.output = output;
        this.messages = new BackendMessages(output);
    }

    /**
     * StartupMessage: opens the session and sends AuthenticationOk, the reported parameters,
     * BackendKeyData and ReadyForQuery; or a FATAL error and closes.
     */
    void handleStartup(StartupPacket.StartupMessage startup, boolean overConnectionLimit) {
        if (closed) {
            return;
        }
        try {
            List<String> unrecognizedOptions = new ArrayList<>();
            Map<String, String> parameters = new HashMap<>();
            startup.parameters().forEach((name, value) -> {
                if (name.startsWith(PROTOCOL_OPTION_PREFIX)) {
                    unrecognizedOptions.add(name);
                } else {
                    parameters.put(name, value);
                }
            });
            if (startup.minorVersion() != 0 || !unrecognizedOptions.isEmpty()) {
                messages.sendNegotiateProtocolVersion(0, unrecognizedOptions);
            }
            if (overConnectionLimit) {
                failConnection(PgError.fatal(SqlState.TOO_MANY_CONNECTIONS, "sorry, too many clients already"));
                return;
            }
            session = sessionFactory.open(Map.copyOf(parameters), this::sendNotice);
            messages.sendAuthenticationOk();
            reportParameterChanges();
            messages.sendBackendKeyData(session.processId(), session.secretKey());
            messages.sendReadyForQuery(session.transactionStatus());
            output.flush();
        } catch (ClientDisconnectedException e) {
            connectionClosed();
        } catch (Throwable e) {
            failConnection(PgError.of(e, PgError.FATAL));
        }
    }

    /** Dispatches one typed frontend message to its {@code handleX} method. */
    void handleFrame(FrontendFrame frame) {
        if (closed || session == null) {
            return;
        }
        byte type = frame.type();
        if (skippingUntilSync && type != 'S' && type != 'X') {
            return;
        }
        try {
            switch (type) {
                case 'Q': handleQuery(frame); break;
                case 'P': handleParse(frame); break;
                case 'B': handleBind(frame); break;
                case 'D': handleDescribe(frame); break;
                case 'E': handleExecute(frame); break;
                case 'C': handleClose(frame); break;
                case 'S': handleSync(); break;
                case 'H': handleFlush(); break;
                case 'X': handleTerminate(); break;
                case 'F': handleFunctionCall(); break;
                default:
                    // CopyData, CopyDone, CopyFail outside COPY: ignored, as PostgreSQL does.
                    break;
            }
        } catch (ClientDisconnectedException e) {
            connectionClosed();
        }
    }

    /** Query: prepares every statement, then binds and runs each in turn with text results; one ReadyForQuery at the end. */
    private void handleQuery(FrontendFrame frame) {
        closeStatement("");
        closePortal("");
        List<PreparedQuery> queries = List.of();
        try {
            String sql = FrontendMessage.Query.read(frame.payload()).sql();
            queries = session.prepareScript(sql);
            if (queries.stream().allMatch(PreparedQuery::isEmpty)) {
                messages.sendEmptyQueryResponse();
            }
            for (PreparedQuery query : queries) {
                if (!query.isEmpty()) {
                    runToCompletion(query);
                    reportParameterChanges();
                }
            }
        } catch (ClientDisconnectedException e) {
            throw e;
        } catch (Throwable e) {
            reportError(e);
        } finally {
            for (PreparedQuery query : queries) {
                closeQuietly(query);
            }
        }
        sendReadyForQuery();
    }

    private void runToCompletion(PreparedQuery query) {
        Portal portal = session.bind(query, new Object[0]);
        try {
            List<ResultColumn> columns = portal.resultColumns();
            RowEncoder encoder = columns == null ? null : RowEncoder.text(columns, session.formatContext());
            if (columns != null) {
                messages.sendRowDescription(columns, encoder);
            }
            if (!portal.execute(0, rowSink(encoder))) {
                throw new IllegalStateException("portal suspended although it had no row limit");
            }
            messages.sendCommandComplete(portal.commandTag());
        } finally {
            portal.close();
        }
    }

    /** Parse: prepares a statement under a name ("" for the unnamed one, which it replaces). */
    private void handleParse(FrontendFrame frame) {
        try {
            FrontendMessage.Parse parse = FrontendMessage.Parse.read(frame.payload());
            String name = parse.statementName();
            if (!name.isEmpty() && statements.containsKey(name)) {
                throw ProtocolErrorException.duplicateStatement(name);
            }
            List<DataType> declared = new ArrayList<>(parse.parameterTypeOids().length);
            for (int oid : parse.parameterTypeOids()) {
                declared.add(dataTypeOfOid(oid));
            }
            closeStatement(name);
            PreparedQuery query = session.prepare(parse.sql(), declared);
            statements.put(name, new ParsedStatement(name, query, parse.parameterTypeOids(), declared));
            messages.sendParseComplete();
        } catch (ClientDisconnectedException e) {
            throw e;
        } catch (Throwable e) {
            reportExtendedError(e);
        }
    }

    /** Bind: decodes the parameters and binds a statement into a portal ("" for the unnamed one, which it replaces). */
    private void handleBind(FrontendFrame frame) {
        Portal portal = null;
        try {
            FrontendMessage.Bind bind = FrontendMessage.Bind.read(frame.payload());
            ParsedStatement statement = statements.get(bind.statementName());
            if (statement == null) {
                throw ProtocolErrorException.unknownStatement(bind.statementName());
            }
            String name = bind.portalName();
            if (name.isEmpty()) {
                closePortal("");
            } else if (portals.containsKey(name)) {
                throw ProtocolErrorException.duplicatePortal(name);
            }
            var context = session.formatContext();
            Object[] parameters = ParameterDecoder.decode(bind, statement.parameterTypes(), statement.name(), context);
            if (statement.query().isEmpty()) {
                portals.put(name, new BoundPortal(name, statement, null, null, null));
            } else {
                portal = session.bind(statement.query(), parameters);
                List<ResultColumn> columns = portal.resultColumns();
                RowEncoder encoder = columns == null ? null : RowEncoder.create(columns, bind.resultFormats(), context);
                portals.put(name, new BoundPortal(name, statement, portal, columns, encoder));
            }
            messages.sendBindComplete();
        } catch (ClientDisconnectedException e) {
            throw e;
        } catch (Throwable e) {
            if (portal != null) {
                closeQuietly(portal);
            }
            reportExtendedError(e);
        }
    }

    /**
     * Describe: for a statement, ParameterDescription then RowDescription (text formats, as
     * they are not chosen yet) or NoData; for a portal, RowDescription in its result formats or
     * NoData.
     */
    private void handleDescribe(FrontendFrame frame) {
        try {
            FrontendMessage.Describe describe = FrontendMessage.Describe.read(frame.payload());
            if (describe.kind() == 'S') {
                ParsedStatement statement = statements.get(describe.name());
                if (statement == null) {
                    throw ProtocolErrorException.unknownStatement(describe.name());
                }
                messages.sendParameterDescription(statement.parameterTypeOids());
                List<ResultColumn> columns = statement.query().isEmpty() ? null : statement.query().resultColumns();
                sendRowDescriptionOrNoData(columns, null);
            } else if (describe.kind() == 'P') {
                BoundPortal portal = portals.get(describe.name());
                if (portal == null) {
                    throw ProtocolErrorException.unknownPortal(describe.name());
                }
                sendRowDescriptionOrNoData(portal.columns(), portal.encoder());
            } else {
                throw ProtocolErrorException.protocolViolation("invalid DESCRIBE message subtype " + (int) describe.kind());
            }
        } catch (ClientDisconnectedException e) {
            throw e;
        } catch (Throwable e) {
            reportExtendedError(e);
        }
    }

    private void sendRowDescriptionOrNoData(List<ResultColumn> columns, RowEncoder encoder) {
        if (columns == null) {
            messages.sendNoData();
        } else {
            messages.sendRowDescription(columns, encoder);
        }
    }

    /**
     * Execute: runs a portal for at most {@code maxRows} rows (0: all): DataRows, then
     * CommandComplete when it is done or PortalSuspended when it stopped at the limit;
     * EmptyQueryResponse for an empty statement.
     */
    private void handleExecute(FrontendFrame frame) {
        try {
            FrontendMessage.Execute execute = FrontendMessage.Execute.read(frame.payload());
            BoundPortal bound = portals.get(execute.portalName());
            if (bound == null) {
                throw ProtocolErrorException.unknownPortal(execute.portalName());
            }
            if (bound.isEmptyStatement()) {
                messages.sendEmptyQueryResponse();
                return;
            }
            Portal portal = bound.portal();
            if (bound.isDone()) {
                // Like PostgreSQL, a finished portal runs again as an empty fetch.
                String tag = portal.commandTag();
                messages.sendCommandComplete(tag.startsWith("SELECT ") ? "SELECT 0" : tag);
                return;
            }
            boolean done = portal.execute(Math.max(execute.maxRows(), 0), rowSink(bound.encoder()));
            if (done) {
                bound.markDone();
                messages.sendCommandComplete(portal.commandTag());
            } else {
                messages.sendPortalSuspended();
            }
            reportParameterChanges();
        } catch (ClientDisconnectedException e) {
            throw e;
        } catch (Throwable e) {
            reportExtendedError(e);
        }
    }

    /** Close: drops a statement (and the portals bound from it) or a portal; CloseComplete even if it did not exist. */
    private void handleClose(FrontendFrame frame) {
        try {
            FrontendMessage.Close close = FrontendMessage.Close.read(frame.payload());
            if (close.kind() == 'S') {
                closeStatement(close.name());
            } else if (close.kind() == 'P') {
                closePortal(close.name());
            } else {
                throw ProtocolErrorException.protocolViolation("invalid CLOSE message subtype " + (int) close.kind());
            }
            messages.sendCloseComplete();
        } catch (ClientDisconnectedException e) {
            throw e;
        } catch (Throwable e) {
            reportExtendedError(e);
        }
    }

    /** Sync: ends the batch (the session ends an implicit transaction), stops skipping after an error, ReadyForQuery. */
    private void handleSync() {
        skippingUntilSync = false;
        try {
            session.sync();
        } catch (ClientDisconnectedException e) {
            throw e;
        } catch (Throwable e) {
            reportError(e);
        }
        sendReadyForQuery();
    }

    /** Flush: sends what is buffered. */
    private void handleFlush() {
        output.flush();
    }

    /** Terminate: the client is leaving; close without a word. */
    private void handleTerminate() {
        connectionClosed();
        output.channel().close();
    }

    /** FunctionCall: the fast-path function interface is not supported; it ends with ReadyForQuery like a Query. */
    private void handleFunctionCall() {
        reportError(FreshetException.notSupported("the fast-path function call interface"));
        sendReadyForQuery();
    }

    /** Asks the session factory to cancel whatever the session is running; called from any thread. */
    void cancelRunningStatement() {
        Session current = session;
        if (current != null && !closed) {
            try {
                sessionFactory.cancel(current.processId(), current.secretKey());
            } catch (Throwable e) {
                LOG.warn("Cancelling a statement failed", e);
            }
        }
    }

    /** Called on the worker when the connection has closed: releases portals, statements and the session. */
    void connectionClosed() {
        if (closed) {
            return;
        }
        closed = true;
        for (BoundPortal portal : portals.values()) {
            closeQuietly(portal);
        }
        portals.clear();
        for (ParsedStatement statement : statements.values()) {
            closeQuietly(statement.query());
        }
        statements.clear();
        if (session != null) {
            try {
                session.close();
            } catch (Throwable e) {
                LOG.warn("Closing a session failed", e);
            }
        }
        output.discard();
    }

    private RowSink rowSink(RowEncoder encoder) {
        if (encoder == null) {
            return row -> {
                throw new IllegalStateException("a statement without result columns sent a row");
            };
        }
        return row -> messages.sendDataRow(row, encoder);
    }

    private void sendNotice(Notice notice) {
        if (!closed) {
            messages.sendNoticeResponse(notice);
        }
    }

    private void sendReadyForQuery() {
        char status = session.transactionStatus();
        if (status != 'T') {
            closeAllPortals();
        }
        reportParameterChanges();
        messages.sendReadyForQuery(status);
        output.flush();
        output.awaitWritable();
    }

    /** Sends ParameterStatus for every reported parameter whose value differs from what the client last got. */
    private void reportParameterChanges() {
        Map<String, String> current = session.reportedParameters();
        for (Map.Entry<String, String> parameter : current.entrySet()) {
            String value = Objects.requireNonNullElse(parameter.getValue(), "");
            if (!value.equals(reportedParameters.get(parameter.getKey()))) {
                messages.sendParameterStatus(parameter.getKey(), value);
                reportedParameters.put(parameter.getKey(), value);
            }
        }
    }

    /** An error in the extended protocol: report it and skip every message until Sync. */
    private void reportExtendedError(Throwable error) {
        reportError(error);
        skippingUntilSync = true;
    }

    private void reportError(Throwable error) {
        messages.sendErrorResponse(PgError.of(error, PgError.ERROR));
        try {
            session.errorReported(PgError.asFreshetException(error));
        } catch (Throwable e) {
            LOG.warn("Session failed to take note of an error", e);
        }
    }

    private void failConnection(PgError error) {
        messages.sendErrorResponse(error);
        connectionClosed();
        output.flushAndClose();
    }

    private static DataType dataTypeOfOid(int oid) {
        try {
            return PgType.dataTypeOf(oid);
        } catch (IllegalArgumentException e) {
            throw ProtocolErrorException.unknownTypeOid(oid);
        }
    }

    private void closeStatement(String name) {
        ParsedStatement statement = statements.remove(name);
        if (statement == null) {
            return;
        }
        if (!name.isEmpty()) {
            // Closing a named statement closes the portals bound from it.
            Iterator<BoundPortal> it = portals.values().iterator();
            while (it.hasNext()) {
                BoundPortal portal = it.next();
                if (portal.statement() == statement) {
                    it.remove();
                    closeQuietly(portal);
                }
            }
        }
        closeQuietly(statement.query());
    }

    private void closePortal(String name) {
        BoundPortal portal = portals.remove(name);
        if (portal != null) {
            closeQuietly(portal);
        }
    }

    private void closeAllPortals() {
        for (BoundPortal portal : portals.values()) {
            closeQuietly(portal);
        }
        portals.clear();
    }

    private static void closeQuietly(BoundPortal portal) {
        try {
            portal.close();
        } catch (Throwable e) {
            LOG.warn("Closing portal '{}' failed", portal.name(), e);
        }
    }

    private static void closeQuietly(Portal portal) {
        try {
            portal.close();
        } catch (Throwable e) {
            LOG.warn("Closing a portal failed", e);
        }
    }

    private static void closeQuietly(PreparedQuery query) {
        try {
            query.close();
        } catch (Throwable e) {
            LOG.warn("Closing a prepared statement failed", e);
        }
    }
}
