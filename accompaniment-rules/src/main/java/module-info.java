/**
 * Rulebooks as data, the passerelle advisor, the legal calendar, coordination analysis and scenario simulation
 * for social accompaniment in housing.
 */
module be.accompaniment.rules {
    requires static org.immutables.value.annotations;
    requires transitive be.accompaniment.core;
    requires com.fasterxml.jackson.datatype.jdk8;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires com.fasterxml.jackson.datatype.guava;

    exports be.accompaniment.rules;
    exports be.accompaniment.rules.calendar;
    exports be.accompaniment.rules.coordination;
    exports be.accompaniment.rules.scenario;

    opens be.accompaniment.rules to
            com.fasterxml.jackson.databind,
            be.accompaniment.core;
    opens be.accompaniment.rules.calendar to
            com.fasterxml.jackson.databind,
            be.accompaniment.core;
    opens be.accompaniment.rules.coordination to
            com.fasterxml.jackson.databind,
            be.accompaniment.core;
    opens be.accompaniment.rules.scenario to
            com.fasterxml.jackson.databind,
            be.accompaniment.core;
}
