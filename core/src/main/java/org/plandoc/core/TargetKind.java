package org.plandoc.core;

/**
 * What a quantity in a plan is: only a {@link #COMMITMENT} is a target in the
 * usual sense (what the plan promises); the other kinds are quantities that read
 * like targets but are not — what was achieved, a level that exists, a rule that
 * binds others, a sanction.
 *
 * <pre>{@code
 * plan.sections().forEach(s -> s.items().forEach(i -> i.targets().stream()
 *     .filter(t -> t.kind() == TargetKind.COMMITMENT)
 *     .forEach(t -> System.out.println(t.indicator() + " " + t.value() + t.unit()))));
 * }</pre>
 */
public enum TargetKind {
    /** What the plan promises: {@code 地区生产总值增长5%左右}, {@code 新增养老床位5000张}, {@code 到2027年…达到90%}. */
    COMMITMENT("commitment"),
    /** What was achieved: the review of a report ({@code 城镇新增就业75.7万人} in 2025年工作回顾). */
    RESULT("result"),
    /** A level that exists, stated as a fact or as the start of a commitment ({@code 现有…}, {@code 常住人口4700万}). */
    BASELINE("baseline"),
    /** A legal or regulatory quantity that binds others: {@code 不得少于3人}, {@code 15个工作日内}, {@code 最长不超过70年}. */
    REQUIREMENT("requirement"),
    /** A fine or sanction: {@code 处五千元以上五万元以下罚款}. */
    PENALTY("penalty");

    private final String id;

    TargetKind(String id) {
        this.id = id;
    }

    /** The kebab-case name used in data files ({@code commitment}). */
    public String id() {
        return id;
    }

    /**
     * The kind with the given {@link #id()}.
     *
     * @throws IllegalArgumentException for an unknown id
     */
    public static TargetKind fromId(String id) {
        for (TargetKind k : values()) {
            if (k.id.equals(id)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown target kind: " + id);
    }
}
