package be.accompaniment.rules.coordination;

/** Why a speed-dating encounter was scheduled: the parts of its score. */
public enum ReasonKind {
    /** The two actors do not work together yet: neither shares a platform nor exchanged passerelles. */
    NEW_ENCOUNTER,
    /** Their kinds complement each other, e.g. an AIS and an APL. */
    COMPLEMENTARY_KINDS,
    /** They belong to different sectors, e.g. a public body and an association. */
    SECTOR_BRIDGE
}
