package be.accompaniment.situation;

/**
 * The classification of a dwelling by a Walloon salubrity survey (enquête de salubrité), under the Code wallon de
 * l'habitation durable and the minimum criteria of the AGW of 30 August 2007.
 */
public enum WalloonSurveyOutcome implements SituationOutcome {
    /** The dwelling meets the minimum criteria (salubre). */
    SALUBRE,
    /** The dwelling fails a criterion but works can remedy it (améliorable). */
    AMELIORABLE,
    /** The dwelling fails a criterion that works cannot reasonably remedy (non améliorable). */
    NON_AMELIORABLE;

    @Override
    public SituationKind kind() {
        return SituationKind.INSALUBRITY;
    }
}
