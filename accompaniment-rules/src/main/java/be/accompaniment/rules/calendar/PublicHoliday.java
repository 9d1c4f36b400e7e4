package be.accompaniment.rules.calendar;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * The ten Belgian legal public holidays (jours fériés légaux) of the loi du 4 janvier 1974 relative aux jours fériés
 * and its arrêté royal du 18 avril 1974, art. 1er.
 */
public enum PublicHoliday {
    /** New Year's Day, 1 January. */
    NEW_YEARS_DAY(MonthDay.of(1, 1), 0),
    /** Easter Monday, the day after Easter Sunday. */
    EASTER_MONDAY(null, 1),
    /** Labour Day, 1 May. */
    LABOUR_DAY(MonthDay.of(5, 1), 0),
    /** Ascension Day, the Thursday 39 days after Easter Sunday. */
    ASCENSION_DAY(null, 39),
    /** Whit Monday, 50 days after Easter Sunday. */
    WHIT_MONDAY(null, 50),
    /** National Day, 21 July. */
    NATIONAL_DAY(MonthDay.of(7, 21), 0),
    /** Assumption Day, 15 August. */
    ASSUMPTION_DAY(MonthDay.of(8, 15), 0),
    /** All Saints' Day, 1 November. */
    ALL_SAINTS_DAY(MonthDay.of(11, 1), 0),
    /** Armistice Day, 11 November. */
    ARMISTICE_DAY(MonthDay.of(11, 11), 0),
    /** Christmas Day, 25 December. */
    CHRISTMAS_DAY(MonthDay.of(12, 25), 0);

    private final MonthDay fixed;
    private final int daysAfterEaster;

    PublicHoliday(MonthDay fixed, int daysAfterEaster) {
        this.fixed = fixed;
        this.daysAfterEaster = daysAfterEaster;
    }

    /**
     * The date of the holiday in a year.
     *
     * @param year from {@value BelgianHolidays#FIRST_YEAR} to {@value BelgianHolidays#LAST_YEAR}
     * @return the date
     * @throws be.accompaniment.InvalidInputException if the year is out of range
     */
    public LocalDate dateIn(int year) {
        if (fixed == null) {
            return BelgianHolidays.easterSunday(year).plusDays(daysAfterEaster);
        }
        BelgianHolidays.checkYear(year);
        return fixed.atYear(year);
    }

    /** Whether the holiday falls on the same month-day every year. */
    public boolean isFixed() {
        return fixed != null;
    }
}
