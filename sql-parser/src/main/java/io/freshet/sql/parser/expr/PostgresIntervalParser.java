package io.freshet.sql.parser.expr;

import io.freshet.sql.parser.GrammarError;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.avatica.util.TimeUnit;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.SqlIntervalQualifier;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.parser.SqlParserUtil;

/**
 * Reads the text of a PostgreSQL interval without a qualifier ({@code INTERVAL '1 hour'},
 * {@code '2 days 3 hours'::interval}) into one of Calcite's interval literals.
 *
 * <p>Accepted: numbers (signed, possibly fractional) followed by a unit — microsecond(s),
 * millisecond(s), second(s)/sec(s)/s, minute(s)/min(s)/m, hour(s)/hr(s)/h, day(s)/d,
 * week(s)/w, month(s)/mon(s), year(s)/yr(s)/y, decade(s), century/centuries,
 * millennium/millennia, with or without a space before the unit — the clock forms
 * {@code [-]HH:MM[:SS[.ffffff]]} and {@code MM:SS.ffffff}, a bare number (seconds), and a
 * trailing {@code ago}, which negates the whole interval.
 *
 * <p>Calcite has two interval families where PostgreSQL has one, so:
 * <ul>
 *   <li>only years and months give a YEAR TO MONTH family literal, qualified YEAR,
 *       YEAR TO MONTH or MONTH;</li>
 *   <li>only days and smaller units give a DAY TO SECOND family literal whose qualifier
 *       starts at the largest unit written ({@code '1 hour'} is {@code INTERVAL '1' HOUR},
 *       {@code '1 day'} is {@code INTERVAL '1' DAY}) and ends at the smallest unit written
 *       or needed ({@code '2 days 3 hours'} is {@code INTERVAL '2 3' DAY TO HOUR});</li>
 *   <li>both together is an error (SQLSTATE 0A000): mixing month and day intervals is not
 *       supported.</li>
 * </ul>
 * The leading field may exceed Calcite's default precision of 2 digits
 * ({@code '100 minutes'}); the qualifier then states the precision it needs.
 */
public final class PostgresIntervalParser {
  private static final BigDecimal MICROS_PER_SECOND = BigDecimal.valueOf(1_000_000L);
  private static final long MICROS_PER_MINUTE = 60_000_000L;
  private static final long MICROS_PER_HOUR = 3_600_000_000L;
  private static final long MICROS_PER_DAY = 86_400_000_000L;
  /** Calcite's default limit on the leading field of an interval. */
  private static final int MAX_LEADING_PRECISION = 10;

  private static final Pattern CLOCK =
      Pattern.compile("([+-]?)(\\d+):(\\d+)(?::(\\d+(?:\\.\\d*)?))?|([+-]?)(\\d+):(\\d+\\.\\d*)");
  private static final Pattern NUMBER_WITH_UNIT =
      Pattern.compile("([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+))([a-z]*)");

  /** What one unit word means: a month or microsecond multiplier and the unit written. */
  private static final class Unit {
    final boolean monthFamily;
    final BigDecimal factor;
    final TimeUnit written;

    Unit(boolean monthFamily, long factor, TimeUnit written) {
      this.monthFamily = monthFamily;
      this.factor = BigDecimal.valueOf(factor);
      this.written = written;
    }
  }

  private static final Map<String, Unit> UNITS = Map.ofEntries(
      Map.entry("microsecond", new Unit(false, 1L, TimeUnit.SECOND)),
      Map.entry("microseconds", new Unit(false, 1L, TimeUnit.SECOND)),
      Map.entry("us", new Unit(false, 1L, TimeUnit.SECOND)),
      Map.entry("usec", new Unit(false, 1L, TimeUnit.SECOND)),
      Map.entry("usecs", new Unit(false, 1L, TimeUnit.SECOND)),
      Map.entry("millisecond", new Unit(false, 1_000L, TimeUnit.SECOND)),
      Map.entry("milliseconds", new Unit(false, 1_000L, TimeUnit.SECOND)),
      Map.entry("ms", new Unit(false, 1_000L, TimeUnit.SECOND)),
      Map.entry("msec", new Unit(false, 1_000L, TimeUnit.SECOND)),
      Map.entry("msecs", new Unit(false, 1_000L, TimeUnit.SECOND)),
      Map.entry("second", new Unit(false, 1_000_000L, TimeUnit.SECOND)),
      Map.entry("seconds", new Unit(false, 1_000_000L, TimeUnit.SECOND)),
      Map.entry("sec", new Unit(false, 1_000_000L, TimeUnit.SECOND)),
      Map.entry("secs", new Unit(false, 1_000_000L, TimeUnit.SECOND)),
      Map.entry("s", new Unit(false, 1_000_000L, TimeUnit.SECOND)),
      Map.entry("minute", new Unit(false, MICROS_PER_MINUTE, TimeUnit.MINUTE)),
      Map.entry("minutes", new Unit(false, MICROS_PER_MINUTE, TimeUnit.MINUTE)),
      Map.entry("min", new Unit(false, MICROS_PER_MINUTE, TimeUnit.MINUTE)),
      Map.entry("mins", new Unit(false, MICROS_PER_MINUTE, TimeUnit.MINUTE)),
      Map.entry("m", new Unit(false, MICROS_PER_MINUTE, TimeUnit.MINUTE)),
      Map.entry("hour", new Unit(false, MICROS_PER_HOUR, TimeUnit.HOUR)),
      Map.entry("hours", new Unit(false, MICROS_PER_HOUR, TimeUnit.HOUR)),
      Map.entry("hr", new Unit(false, MICROS_PER_HOUR, TimeUnit.HOUR)),
      Map.entry("hrs", new Unit(false, MICROS_PER_HOUR, TimeUnit.HOUR)),
      Map.entry("h", new Unit(false, MICROS_PER_HOUR, TimeUnit.HOUR)),
      Map.entry("day", new Unit(false, MICROS_PER_DAY, TimeUnit.DAY)),
      Map.entry("days", new Unit(false, MICROS_PER_DAY, TimeUnit.DAY)),
      Map.entry("d", new Unit(false, MICROS_PER_DAY, TimeUnit.DAY)),
      Map.entry("week", new Unit(false, 7 * MICROS_PER_DAY, TimeUnit.DAY)),
      Map.entry("weeks", new Unit(false, 7 * MICROS_PER_DAY, TimeUnit.DAY)),
      Map.entry("w", new Unit(false, 7 * MICROS_PER_DAY, TimeUnit.DAY)),
      Map.entry("month", new Unit(true, 1L, TimeUnit.MONTH)),
      Map.entry("months", new Unit(true, 1L, TimeUnit.MONTH)),
      Map.entry("mon", new Unit(true, 1L, TimeUnit.MONTH)),
      Map.entry("mons", new Unit(true, 1L, TimeUnit.MONTH)),
      Map.entry("year", new Unit(true, 12L, TimeUnit.YEAR)),
      Map.entry("years", new Unit(true, 12L, TimeUnit.YEAR)),
      Map.entry("yr", new Unit(true, 12L, TimeUnit.YEAR)),
      Map.entry("yrs", new Unit(true, 12L, TimeUnit.YEAR)),
      Map.entry("y", new Unit(true, 12L, TimeUnit.YEAR)),
      Map.entry("decade", new Unit(true, 120L, TimeUnit.YEAR)),
      Map.entry("decades", new Unit(true, 120L, TimeUnit.YEAR)),
      Map.entry("century", new Unit(true, 1_200L, TimeUnit.YEAR)),
      Map.entry("centuries", new Unit(true, 1_200L, TimeUnit.YEAR)),
      Map.entry("millennium", new Unit(true, 12_000L, TimeUnit.YEAR)),
      Map.entry("millennia", new Unit(true, 12_000L, TimeUnit.YEAR)));

  private PostgresIntervalParser() {
  }

  /**
   * Reads interval text into an interval literal.
   *
   * @param text the text between the quotes, such as {@code 1 day 02:00:00}
   * @param pos position of the literal, for the literal and for errors
   * @throws org.apache.calcite.runtime.CalciteContextException (made by
   *     {@link GrammarError}) if the text is not an interval or mixes months with days
   */
  public static SqlLiteral parse(String text, SqlParserPos pos) {
    return new PostgresIntervalParser.Reading(text, pos).read();
  }

  /** The state of reading one interval text. */
  private static final class Reading {
    private final String text;
    private final SqlParserPos pos;
    private BigDecimal months = BigDecimal.ZERO;
    private BigDecimal micros = BigDecimal.ZERO;
    private final EnumSet<TimeUnit> written = EnumSet.noneOf(TimeUnit.class);

    Reading(String text, SqlParserPos pos) {
      this.text = text;
      this.pos = pos;
    }

    SqlLiteral read() {
      final String[] words = text.trim().toLowerCase(Locale.ROOT).split("\\s+");
      if (words.length == 0 || words[0].isEmpty()) {
        throw invalid();
      }
      boolean ago = false;
      for (int i = 0; i < words.length; i++) {
        final String word = words[i];
        if (word.equals("ago") && i == words.length - 1 && i > 0) {
          ago = true;
          continue;
        }
        if (word.equals("@") && i == 0) {
          continue;
        }
        final Matcher clock = CLOCK.matcher(word);
        if (clock.matches()) {
          addClock(clock);
          continue;
        }
        final Matcher number = NUMBER_WITH_UNIT.matcher(word);
        if (!number.matches()) {
          throw invalid();
        }
        final BigDecimal amount = new BigDecimal(number.group(1));
        String unitName = number.group(2);
        if (unitName.isEmpty() && i + 1 < words.length && UNITS.containsKey(words[i + 1])) {
          unitName = words[++i];
        }
        if (unitName.isEmpty()) {
          // A bare number counts seconds, as in PostgreSQL.
          unitName = "second";
        }
        final Unit unit = UNITS.get(unitName);
        if (unit == null) {
          throw invalid();
        }
        add(amount, unit);
      }
      if (ago) {
        months = months.negate();
        micros = micros.negate();
      }
      return written.contains(TimeUnit.YEAR) || written.contains(TimeUnit.MONTH)
          ? yearToMonth() : dayToSecond();
    }

    private void add(BigDecimal amount, Unit unit) {
      written.add(unit.written);
      if (unit.monthFamily) {
        months = months.add(amount.multiply(unit.factor));
      } else {
        micros = micros.add(amount.multiply(unit.factor));
      }
    }

    private void addClock(Matcher clock) {
      final boolean minutesSeconds = clock.group(6) != null;
      final String sign = minutesSeconds ? clock.group(5) : clock.group(1);
      BigDecimal total;
      if (minutesSeconds) {
        written.add(TimeUnit.MINUTE);
        written.add(TimeUnit.SECOND);
        total = new BigDecimal(clock.group(6)).multiply(BigDecimal.valueOf(MICROS_PER_MINUTE))
            .add(new BigDecimal(clock.group(7)).multiply(MICROS_PER_SECOND));
      } else {
        written.add(TimeUnit.HOUR);
        written.add(TimeUnit.MINUTE);
        total = new BigDecimal(clock.group(2)).multiply(BigDecimal.valueOf(MICROS_PER_HOUR))
            .add(new BigDecimal(clock.group(3)).multiply(BigDecimal.valueOf(MICROS_PER_MINUTE)));
        if (clock.group(4) != null) {
          written.add(TimeUnit.SECOND);
          total = total.add(new BigDecimal(clock.group(4)).multiply(MICROS_PER_SECOND));
        }
      }
      micros = micros.add("-".equals(sign) ? total.negate() : total);
    }

    private SqlLiteral yearToMonth() {
      if (written.contains(TimeUnit.DAY) || written.contains(TimeUnit.HOUR)
          || written.contains(TimeUnit.MINUTE) || written.contains(TimeUnit.SECOND)) {
        throw GrammarError.unsupported(pos, "interval '" + text + "' mixes months with days "
            + "or smaller units; mixed month and day intervals are not supported, write "
            + "them as two intervals");
      }
      final BigInteger total;
      try {
        total = months.toBigIntegerExact();
      } catch (ArithmeticException e) {
        throw GrammarError.unsupported(pos, "interval '" + text
            + "' has a fraction of a month; mixed month and day intervals are not supported");
      }
      final int sign = total.signum() < 0 ? -1 : 1;
      final BigInteger[] yearsAndMonths = total.abs().divideAndRemainder(BigInteger.valueOf(12));
      final TimeUnit start = written.contains(TimeUnit.YEAR) ? TimeUnit.YEAR : TimeUnit.MONTH;
      final String value;
      TimeUnit end = null;
      if (start == TimeUnit.MONTH) {
        value = total.abs().toString();
      } else if (yearsAndMonths[1].signum() == 0 && !written.contains(TimeUnit.MONTH)) {
        value = yearsAndMonths[0].toString();
      } else {
        end = TimeUnit.MONTH;
        value = yearsAndMonths[0] + "-" + yearsAndMonths[1];
      }
      final String leading = start == TimeUnit.MONTH ? value : yearsAndMonths[0].toString();
      return literal(sign, value, start, leading, end);
    }

    private SqlLiteral dayToSecond() {
      final BigDecimal absolute = micros.abs();
      final int sign = micros.signum() < 0 ? -1 : 1;
      final BigInteger[] secondsAndMicros =
          absolute.setScale(0, RoundingMode.HALF_EVEN).toBigInteger()
              .divideAndRemainder(BigInteger.valueOf(1_000_000L));
      final long totalSeconds = secondsAndMicros[0].longValueExact();
      final long fractionMicros = secondsAndMicros[1].longValue();

      TimeUnit start = TimeUnit.SECOND;
      for (TimeUnit unit : new TimeUnit[] {TimeUnit.DAY, TimeUnit.HOUR, TimeUnit.MINUTE}) {
        if (written.contains(unit)) {
          start = unit;
          break;
        }
      }
      // The finest unit the value needs, then the finest of that and of what was written.
      TimeUnit end;
      if (fractionMicros != 0 || totalSeconds % 60 != 0) {
        end = TimeUnit.SECOND;
      } else if (totalSeconds % 3600 != 0) {
        end = TimeUnit.MINUTE;
      } else if (totalSeconds % 86400 != 0) {
        end = TimeUnit.HOUR;
      } else {
        end = TimeUnit.DAY;
      }
      for (TimeUnit unit : new TimeUnit[] {TimeUnit.SECOND, TimeUnit.MINUTE, TimeUnit.HOUR}) {
        if (written.contains(unit) && unit.ordinal() > end.ordinal()) {
          end = unit;
        }
      }
      if (end.ordinal() < start.ordinal()) {
        end = start;
      }

      final long days = totalSeconds / 86400;
      final long hours = totalSeconds / 3600 % 24;
      final long minutes = totalSeconds / 60 % 60;
      final long seconds = totalSeconds % 60;
      final long leading;
      switch (start) {
      case DAY:
        leading = days;
        break;
      case HOUR:
        leading = totalSeconds / 3600;
        break;
      case MINUTE:
        leading = totalSeconds / 60;
        break;
      default:
        leading = totalSeconds;
        break;
      }
      final StringBuilder value = new StringBuilder().append(leading);
      if (start == TimeUnit.DAY && end != TimeUnit.DAY) {
        value.append(' ').append(hours);
      }
      if (end == TimeUnit.MINUTE || end == TimeUnit.SECOND) {
        if (start != TimeUnit.MINUTE && start != TimeUnit.SECOND) {
          value.append(':').append(twoDigits(minutes));
        }
      }
      if (end == TimeUnit.SECOND && start != TimeUnit.SECOND) {
        value.append(':').append(twoDigits(seconds));
      }
      final boolean fraction = fractionMicros != 0;
      if (fraction) {
        String digits = String.format(Locale.ROOT, "%06d", fractionMicros);
        digits = digits.replaceAll("0+$", "");
        value.append('.').append(digits);
      }
      return literal(sign, value.toString(), start, Long.toString(leading),
          end == start ? null : end);
    }

    private SqlLiteral literal(int sign, String value, TimeUnit start, String leadingField,
        TimeUnit end) {
      final int digits = leadingField.length();
      if (digits > MAX_LEADING_PRECISION) {
        throw GrammarError.invalidDatetimeFormat(pos, "interval out of range: '" + text + "'");
      }
      final int startPrecision = digits > 2 ? digits : RelDataType.PRECISION_NOT_SPECIFIED;
      final SqlIntervalQualifier qualifier = new SqlIntervalQualifier(start, startPrecision,
          end, RelDataType.PRECISION_NOT_SPECIFIED, pos);
      return SqlParserUtil.parseIntervalLiteral(pos, sign, value, qualifier);
    }

    private static String twoDigits(long value) {
      return value < 10 ? "0" + value : Long.toString(value);
    }

    private RuntimeException invalid() {
      return GrammarError.invalidDatetimeFormat(pos,
          "invalid input syntax for type interval: \"" + text + "\"");
    }
  }
}
