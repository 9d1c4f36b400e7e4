/**
 * The domain of social accompaniment in housing: territories, actors, households, situations, measures,
 * passerelles, pathways and housing platforms, as immutable, validated values with one JSON form.
 */
module be.accompaniment.core {
    requires static org.immutables.value.annotations;
    requires transitive com.google.common;
    requires transitive com.fasterxml.jackson.databind;
    requires transitive com.fasterxml.jackson.annotation;
    requires transitive com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.datatype.jdk8;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires com.fasterxml.jackson.datatype.guava;

    exports be.accompaniment;
    exports be.accompaniment.law;
    exports be.accompaniment.territory;
    exports be.accompaniment.actor;
    exports be.accompaniment.coordination;
    exports be.accompaniment.household;
    exports be.accompaniment.situation;
    exports be.accompaniment.measure;
    exports be.accompaniment.passerelle;
    exports be.accompaniment.pathway;
    exports be.accompaniment.json;
    exports be.accompaniment.i18n;
    // the style annotation and validation helpers, shared with the rules module only
    exports be.accompaniment.internal to
            be.accompaniment.rules;

    opens be.accompaniment.law to
            com.fasterxml.jackson.databind;
    opens be.accompaniment.territory to
            com.fasterxml.jackson.databind;
    opens be.accompaniment.actor to
            com.fasterxml.jackson.databind;
    opens be.accompaniment.coordination to
            com.fasterxml.jackson.databind;
    opens be.accompaniment.household to
            com.fasterxml.jackson.databind;
    opens be.accompaniment.situation to
            com.fasterxml.jackson.databind;
    opens be.accompaniment.measure to
            com.fasterxml.jackson.databind;
    opens be.accompaniment.passerelle to
            com.fasterxml.jackson.databind;
    opens be.accompaniment.pathway to
            com.fasterxml.jackson.databind;
}
