package io.freshet.executor.expr.function;

import io.freshet.executor.error.FreshetException;
import io.freshet.executor.error.SqlState;
import io.freshet.executor.value.NumericSpecial;
import io.freshet.executor.value.Numerics;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Transcendental NUMERIC functions ({@code exp}, {@code ln}, {@code log}, {@code power}) computed
 * with enough guard digits and rounded to the result scale PostgreSQL chooses (at least 16
 * significant digits, never fewer decimals than the inputs).
 */
final class NumericMath {
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private NumericMath() {
    }

    /** PostgreSQL's {@code estimate_ln_dweight}. */
    private static int estimateLnDweight(BigDecimal x) {
        if (x.signum() <= 0) {
            return 0;
        }
        if (x.compareTo(new BigDecimal("0.9")) >= 0 && x.compareTo(new BigDecimal("1.1")) <= 0) {
            BigDecimal d = x.subtract(BigDecimal.ONE);
            return d.signum() == 0 ? 0 : d.precision() - d.scale() - 1;
        }
        int weight = Numerics.weight(x);
        BigDecimal scaled = x.movePointLeft(4 * (weight - 1));
        boolean moreDigits = x.movePointLeft(4 * weight).stripTrailingZeros().scale() > 0;
        double digits;
        int dweight;
        if (moreDigits) {
            digits = scaled.setScale(0, RoundingMode.DOWN).doubleValue();
            dweight = (weight - 1) * 4;
        } else {
            digits = x.movePointLeft(4 * weight).doubleValue();
            dweight = weight * 4;
        }
        double lnVar = Math.log(digits) + dweight * 2.302585092994046;
        return (int) Math.log10(Math.abs(lnVar));
    }

    private static int clampScale(int rscale, int... scales) {
        for (int s : scales) {
            rscale = Math.max(rscale, s);
        }
        return Math.min(Math.max(rscale, 0), Numerics.MAX_DISPLAY_SCALE);
    }

    static Object ln(Object v) {
        if (v == NumericSpecial.NAN || v == NumericSpecial.POSITIVE_INFINITY) {
            return v;
        }
        BigDecimal x = v instanceof BigDecimal ? (BigDecimal) v : null;
        checkLogArgument(x);
        int rscale = clampScale(Numerics.MIN_SIG_DIGITS - estimateLnDweight(x), x.scale());
        return lnExact(x, rscale + 10).setScale(rscale, RoundingMode.HALF_UP);
    }

    private static void checkLogArgument(BigDecimal x) {
        if (x == null || x.signum() < 0) {
            throw new FreshetException(SqlState.INVALID_ARGUMENT_FOR_LOGARITHM, "cannot take logarithm of a negative number");
        }
        if (x.signum() == 0) {
            throw new FreshetException(SqlState.INVALID_ARGUMENT_FOR_LOGARITHM, "cannot take logarithm of zero");
        }
    }

    static Object log10(Object v) {
        return log(BigDecimal.TEN, v);
    }

    static Object log(Object base, Object v) {
        if (base == NumericSpecial.NAN || v == NumericSpecial.NAN) {
            return NumericSpecial.NAN;
        }
        if (!(base instanceof BigDecimal) || !(v instanceof BigDecimal)) {
            return NumericSpecial.NAN;
        }
        BigDecimal b = (BigDecimal) base;
        BigDecimal x = (BigDecimal) v;
        checkLogArgument(b);
        checkLogArgument(x);
        if (b.compareTo(BigDecimal.ONE) == 0) {
            throw SqlErrors.divisionByZero();
        }
        int resultDweight = estimateLnDweight(x) - estimateLnDweight(b);
        int rscale = clampScale(Numerics.MIN_SIG_DIGITS - resultDweight, b.scale(), x.scale());
        int work = rscale + 20;
        BigDecimal r = lnExact(x, work).divide(lnExact(b, work), work, RoundingMode.HALF_EVEN);
        return r.setScale(rscale, RoundingMode.HALF_UP);
    }

    static Object exp(Object v) {
        if (v == NumericSpecial.NAN || v == NumericSpecial.POSITIVE_INFINITY) {
            return v;
        }
        if (v == NumericSpecial.NEGATIVE_INFINITY) {
            return BigDecimal.ZERO;
        }
        BigDecimal x = (BigDecimal) v;
        double val = x.doubleValue() * 0.434294481903252;
        val = Math.max(-2000, Math.min(2000, val));
        if (val > 1000 * 4) {
            throw SqlErrors.outOfRange("value");
        }
        int rscale = clampScale(Numerics.MIN_SIG_DIGITS - (int) val, x.scale());
        int sig = Math.max((int) val, 0) + rscale + 10;
        return expExact(x, sig).setScale(rscale, RoundingMode.HALF_UP);
    }

    static Object power(BigDecimal base, BigDecimal exp) {
        if (base.signum() == 0) {
            if (exp.signum() < 0) {
                throw new FreshetException(SqlState.INVALID_ARGUMENT_FOR_POWER_FUNCTION,
                        "zero raised to a negative power is undefined");
            }
            int rscale = clampScale(Numerics.MIN_SIG_DIGITS, base.scale(), exp.scale());
            return (exp.signum() == 0 ? BigDecimal.ONE : BigDecimal.ZERO).setScale(rscale);
        }
        boolean integral = exp.stripTrailingZeros().scale() <= 0;
        if (base.signum() < 0 && !integral) {
            throw new FreshetException(SqlState.INVALID_ARGUMENT_FOR_POWER_FUNCTION,
                    "a negative number raised to a non-integer power yields a complex result");
        }
        double val = exp.doubleValue() * Math.log10(base.abs().doubleValue());
        int rscale = clampScale(Numerics.MIN_SIG_DIGITS - (int) val, base.scale(), exp.scale());
        if (integral && exp.abs().compareTo(BigDecimal.valueOf(1_000_000)) < 0) {
            int n = exp.intValueExact();
            int intScale = clampScale(Numerics.MIN_SIG_DIGITS, base.scale());
            if (n >= 0) {
                return base.pow(n).setScale(intScale, RoundingMode.HALF_UP);
            }
            return BigDecimal.ONE.divide(base.pow(-n), Math.max(rscale, intScale), RoundingMode.HALF_UP);
        }
        int sig = Math.max((int) val, 0) + rscale + 10;
        BigDecimal ln = lnExact(base.abs(), sig + 10);
        BigDecimal r = expExact(ln.multiply(exp), sig);
        if (base.signum() < 0 && exp.remainder(TWO).signum() != 0) {
            r = r.negate();
        }
        return r.setScale(rscale, RoundingMode.HALF_UP);
    }

    /** ln(x) for x &gt; 0 with about {@code scale} correct decimals. */
    static BigDecimal lnExact(BigDecimal x, int scale) {
        MathContext mc = new MathContext(scale + 20, RoundingMode.HALF_EVEN);
        int k = x.precision() - x.scale() - 1;
        BigDecimal m = x.movePointLeft(k);
        // ln(m) with m in [1, 10): reduce by square roots until close to 1.
        int halvings = 0;
        while (m.subtract(BigDecimal.ONE).abs().compareTo(new BigDecimal("0.01")) > 0) {
            m = m.sqrt(mc);
            halvings++;
        }
        BigDecimal z = m.subtract(BigDecimal.ONE).divide(m.add(BigDecimal.ONE), mc);
        BigDecimal z2 = z.multiply(z, mc);
        BigDecimal term = z;
        BigDecimal sum = z;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(scale + 15);
        for (int n = 3; term.abs().compareTo(eps) > 0; n += 2) {
            term = term.multiply(z2, mc);
            sum = sum.add(term.divide(BigDecimal.valueOf(n), mc), mc);
        }
        BigDecimal lnM = sum.multiply(TWO).multiply(BigDecimal.valueOf(2).pow(halvings), mc);
        if (k == 0) {
            return lnM;
        }
        return lnM.add(ln10(scale + 5).multiply(BigDecimal.valueOf(k), mc), mc);
    }

    private static BigDecimal ln10(int scale) {
        return lnExact(new BigDecimal("1.25"), scale + 5).add(lnExact(TWO, scale + 5).multiply(BigDecimal.valueOf(3)));
    }

    /** e^x with about {@code sig} significant digits. */
    static BigDecimal expExact(BigDecimal x, int sig) {
        MathContext mc = new MathContext(sig + 20, RoundingMode.HALF_EVEN);
        int squarings = 0;
        BigDecimal r = x;
        while (r.abs().compareTo(new BigDecimal("0.01")) > 0) {
            r = r.divide(TWO, mc);
            squarings++;
        }
        BigDecimal sum = BigDecimal.ONE;
        BigDecimal term = BigDecimal.ONE;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(sig + 15);
        for (int n = 1; term.abs().compareTo(eps) > 0; n++) {
            term = term.multiply(r, mc).divide(BigDecimal.valueOf(n), mc);
            sum = sum.add(term, mc);
        }
        for (int i = 0; i < squarings; i++) {
            sum = sum.multiply(sum, mc);
        }
        return sum;
    }
}
