package io.freshet.executor.chunk;

/**
 * Row view of two rows side by side, left fields first, as a join produces them; either side
 * may be null to stand for a row of NULLs (outer join padding).
 */
public final class JoinedRow implements RowView {
    private final int leftWidth;
    private final int rightWidth;
    private RowView left;
    private RowView right;

    public JoinedRow(int leftWidth, int rightWidth) {
        this.leftWidth = leftWidth;
        this.rightWidth = rightWidth;
    }

    /** Points the view at a pair of rows; a null side reads as NULLs. */
    public JoinedRow set(RowView newLeft, RowView newRight) {
        this.left = newLeft;
        this.right = newRight;
        return this;
    }

    @Override
    public Object get(int index) {
        if (index < leftWidth) {
            return left == null ? null : left.get(index);
        }
        return right == null ? null : right.get(index - leftWidth);
    }

    @Override
    public int width() {
        return leftWidth + rightWidth;
    }
}
