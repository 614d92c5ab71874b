package io.freshet.sql.parser.command;

import java.util.Objects;
import org.apache.calcite.sql.SqlWriter;

/**
 * The transaction modes given to BEGIN, START TRANSACTION, SET TRANSACTION or SET SESSION
 * CHARACTERISTICS AS TRANSACTION: an isolation level, READ ONLY or READ WRITE, and
 * [NOT] DEFERRABLE. Each is null when not given (the session's default applies).
 */
public final class TransactionCharacteristics {
  /** No modes given. */
  public static final TransactionCharacteristics NONE =
      new TransactionCharacteristics(null, null, null);

  private final IsolationLevel isolationLevel;
  private final Boolean readOnly;
  private final Boolean deferrable;

  private TransactionCharacteristics(IsolationLevel isolationLevel, Boolean readOnly,
      Boolean deferrable) {
    this.isolationLevel = isolationLevel;
    this.readOnly = readOnly;
    this.deferrable = deferrable;
  }

  /** A builder (the grammar collects modes with it). */
  public static Builder builder() {
    return new Builder();
  }

  /** The isolation level given, or null. */
  public IsolationLevel isolationLevel() {
    return isolationLevel;
  }

  /** TRUE for READ ONLY, FALSE for READ WRITE, null if neither was given. */
  public Boolean readOnly() {
    return readOnly;
  }

  /** TRUE for DEFERRABLE, FALSE for NOT DEFERRABLE, null if neither was given. */
  public Boolean deferrable() {
    return deferrable;
  }

  /** Whether no mode was given. */
  public boolean isEmpty() {
    return isolationLevel == null && readOnly == null && deferrable == null;
  }

  /** Writes the modes, separated by commas, as PostgreSQL accepts them. */
  public void unparse(SqlWriter writer) {
    final SqlWriter.Frame frame = writer.startList("", "");
    if (isolationLevel != null) {
      writer.sep(",");
      writer.keyword("ISOLATION LEVEL");
      writer.keyword(isolationLevel.keywords());
    }
    if (readOnly != null) {
      writer.sep(",");
      writer.keyword(readOnly ? "READ ONLY" : "READ WRITE");
    }
    if (deferrable != null) {
      writer.sep(",");
      writer.keyword(deferrable ? "DEFERRABLE" : "NOT DEFERRABLE");
    }
    writer.endList(frame);
  }

  @Override public boolean equals(Object o) {
    if (!(o instanceof TransactionCharacteristics)) {
      return false;
    }
    final TransactionCharacteristics that = (TransactionCharacteristics) o;
    return isolationLevel == that.isolationLevel && Objects.equals(readOnly, that.readOnly)
        && Objects.equals(deferrable, that.deferrable);
  }

  @Override public int hashCode() {
    return Objects.hash(isolationLevel, readOnly, deferrable);
  }

  @Override public String toString() {
    return "TransactionCharacteristics{isolationLevel=" + isolationLevel + ", readOnly="
        + readOnly + ", deferrable=" + deferrable + "}";
  }

  /** Collects transaction modes; a later mode of the same kind replaces an earlier one. */
  public static final class Builder {
    private IsolationLevel isolationLevel;
    private Boolean readOnly;
    private Boolean deferrable;

    private Builder() {
    }

    /** Sets the isolation level. */
    public Builder isolationLevel(IsolationLevel level) {
      this.isolationLevel = level;
      return this;
    }

    /** Sets READ ONLY (true) or READ WRITE (false). */
    public Builder readOnly(boolean value) {
      this.readOnly = value;
      return this;
    }

    /** Sets DEFERRABLE (true) or NOT DEFERRABLE (false). */
    public Builder deferrable(boolean value) {
      this.deferrable = value;
      return this;
    }

    /** The modes collected. */
    public TransactionCharacteristics build() {
      return isolationLevel == null && readOnly == null && deferrable == null
          ? NONE : new TransactionCharacteristics(isolationLevel, readOnly, deferrable);
    }
  }
}
