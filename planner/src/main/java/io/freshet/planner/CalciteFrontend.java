package io.freshet.planner;

import io.freshet.executor.catalog.CatalogSnapshot;
import io.freshet.executor.error.FreshetException;
import io.freshet.executor.error.SqlState;
import io.freshet.sql.parser.FreshetParseException;
import io.freshet.sql.parser.FreshetSqlParser;
import java.util.List;
import java.util.Properties;
import org.apache.calcite.config.CalciteConnectionConfig;
import org.apache.calcite.config.CalciteConnectionConfigImpl;
import org.apache.calcite.config.CalciteConnectionProperty;
import org.apache.calcite.avatica.util.TimeUnit;
import org.apache.calcite.config.NullCollation;
import org.apache.calcite.jdbc.CalciteSchema;
import org.apache.calcite.jdbc.JavaTypeFactoryImpl;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.plan.hep.HepPlanner;
import org.apache.calcite.plan.hep.HepProgram;
import org.apache.calcite.prepare.CalciteCatalogReader;
import org.apache.calcite.rel.RelRoot;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.runtime.CalciteContextException;
import org.apache.calcite.sql.SqlIntervalQualifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.SqlOperatorTable;
import org.apache.calcite.sql.fun.SqlLibrary;
import org.apache.calcite.sql.fun.SqlLibraryOperatorTableFactory;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.util.SqlOperatorTables;
import org.apache.calcite.sql.validate.SqlNameMatchers;
import org.apache.calcite.sql.validate.SqlValidator;
import org.apache.calcite.sql2rel.SqlToRelConverter;
import org.apache.calcite.sql2rel.StandardConvertletTable;

/**
 * Calcite set up for one statement over one catalog snapshot: catalog reader, validator (with
 * PostgreSQL's operators and NULL ordering) and the converter to relational algebra. Also the
 * view expander that turns a plain view's SQL into a plan where the view is used.
 */
final class CalciteFrontend implements RelOptTable.ViewExpander {
    private static final SqlOperatorTable OPERATORS = SqlOperatorTables.chain(
            SqlStdOperatorTable.instance(),
            SqlLibraryOperatorTableFactory.INSTANCE.getOperatorTable(SqlLibrary.POSTGRESQL),
            PostgresFunctions.table());

    private final String sql;
    private final RelDataTypeFactory typeFactory = new JavaTypeFactoryImpl(FreshetTypeSystem.INSTANCE);
    private final CalciteCatalogReader catalogReader;
    private final SqlValidator validator;
    private final RelOptCluster cluster;

    /**
     * @param sql the statement text, for error positions
     * @param exposeRowIds whether tables without primary key show their row id (DML planning)
     */
    CalciteFrontend(CatalogSnapshot catalog, String sql, boolean exposeRowIds) {
        this.sql = sql;
        CalciteSchema root = CalciteSchema.createRootSchema(false, false);
        root.add(CatalogSchema.NAME, new CatalogSchema(catalog, exposeRowIds));
        // type names the parser leaves to the catalog; Calcite resolves them from the root schema
        root.plus().add("interval", f -> f.createSqlIntervalType(new SqlIntervalQualifier(TimeUnit.DAY, 9,
                TimeUnit.SECOND, 6, SqlParserPos.ZERO)));
        // jsonb is stored as text until it has a Calcite type of its own
        root.plus().add("jsonb", f -> f.createSqlType(SqlTypeName.VARCHAR));
        for (SystemSchema s : SystemSchema.all(catalog)) {
            root.add(s.name(), s);
        }
        Properties props = new Properties();
        props.setProperty(CalciteConnectionProperty.CASE_SENSITIVE.camelName(), "true");
        CalciteConnectionConfig config = new CalciteConnectionConfigImpl(props);
        this.catalogReader = new SearchPathCatalogReader(root, typeFactory, config);
        this.validator = newValidator();
        HepPlanner planner = new HepPlanner(HepProgram.builder().build());
        planner.setExecutor(NonFoldingRexBuilder.NO_REDUCTION);
        this.cluster = RelOptCluster.create(planner, new NonFoldingRexBuilder(typeFactory));
    }

    private SqlValidator newValidator() {
        return new FreshetValidator(new CaseInsensitiveOperatorTable(OPERATORS), catalogReader,
                typeFactory, SqlValidator.Config.DEFAULT
                        .withConformance(FreshetSqlParser.config().conformance())
                        .withDefaultNullCollation(NullCollation.HIGH)
                        .withIdentifierExpansion(true)
                        .withTypeCoercionEnabled(true)
                        .withCallRewrite(true));
    }

    /** Resolves unqualified names in {@code public}, then {@code pg_catalog}, as PostgreSQL does. */
    private static final class SearchPathCatalogReader extends CalciteCatalogReader {
        SearchPathCatalogReader(CalciteSchema root, RelDataTypeFactory typeFactory, CalciteConnectionConfig config) {
            super(root, SqlNameMatchers.withCaseSensitive(true),
                    List.of(List.of(CatalogSchema.NAME), List.of(SystemSchema.PG_CATALOG), List.of()), typeFactory,
                    config);
        }
    }

    RelDataTypeFactory typeFactory() {
        return typeFactory;
    }

    SqlValidator validator() {
        return validator;
    }

    RelOptCluster cluster() {
        return cluster;
    }

    /** Validates {@code node}; errors come back as PostgreSQL-style errors. */
    SqlNode validate(SqlNode node) {
        try {
            return validator.validate(PostgresRewriter.rewrite(node));
        } catch (CalciteContextException e) {
            throw CalciteErrors.translate(e, sql);
        } catch (FreshetException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new FreshetException(SqlState.SYNTAX_ERROR, messageOf(e), e);
        }
    }

    /** Converts a validated query to relational algebra (subqueries still in place). */
    RelRoot toRel(SqlNode validated) {
        SqlToRelConverter converter = new SqlToRelConverter(this, validator, catalogReader, cluster,
                StandardConvertletTable.INSTANCE, SqlToRelConverter.config()
                        .withTrimUnusedFields(true)
                        .withExpand(false)
                        .withDecorrelationEnabled(true)
                        .withInSubQueryThreshold(Integer.MAX_VALUE));
        try {
            return converter.convertQuery(validated, false, true);
        } catch (CalciteContextException e) {
            throw CalciteErrors.translate(e, sql);
        }
    }

    @Override
    public RelRoot expandView(RelDataType rowType, String queryString, List<String> schemaPath,
            List<String> viewPath) {
        SqlNode parsed;
        try {
            parsed = FreshetSqlParser.parseStatement(queryString);
        } catch (FreshetParseException e) {
            throw new FreshetException(SqlState.INTERNAL_ERROR, "stored view " + viewPath + " does not parse: "
                    + e.getMessage(), e);
        }
        SqlValidator viewValidator = newValidator();
        SqlNode validated = viewValidator.validate(parsed);
        SqlToRelConverter converter = new SqlToRelConverter(this, viewValidator, catalogReader, cluster,
                StandardConvertletTable.INSTANCE, SqlToRelConverter.config().withTrimUnusedFields(false)
                        .withExpand(false).withInSubQueryThreshold(Integer.MAX_VALUE));
        return converter.convertQuery(validated, true, false);
    }

    private static String messageOf(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() != null ? t.getMessage() : e.toString();
    }
}
