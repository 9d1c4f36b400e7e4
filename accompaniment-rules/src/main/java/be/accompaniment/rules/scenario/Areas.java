package be.accompaniment.rules.scenario;

import be.accompaniment.InvalidInputException;
import be.accompaniment.i18n.Language;
import be.accompaniment.territory.Gazetteer;
import be.accompaniment.territory.NisCode;
import be.accompaniment.territory.Region;
import be.accompaniment.territory.Territory;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The areas figures are aggregated over, numbered: the communes of the territory in code order, then the basins,
 * then the regions, then the whole territory.
 */
final class Areas {
    private final NisCode[] communes;
    private final String[] communeNames;
    private final ImmutableList<Territory> basins;
    private final int[] basinOfCommune;
    private final Region[] regions;
    private final int[] regionOfCommune;
    private final String territoryName;

    Areas(Scenario scenario, Gazetteer gazetteer) {
        LocalDate on = scenario.startOn();
        Territory territory = scenario.territory().resolve(gazetteer, on);
        this.territoryName = territory.name();
        this.communes = territory.communes().toArray(new NisCode[0]);
        this.communeNames = new String[communes.length];
        for (int c = 0; c < communes.length; c++) {
            communeNames[c] = gazetteer
                    .commune(communes[c], on)
                    .map(x -> x.name(Language.FR))
                    .orElse(communes[c].toString());
        }
        this.basinOfCommune = new int[communes.length];
        Arrays.fill(basinOfCommune, -1);
        List<Territory> all = new ArrayList<>();
        for (Territory b : scenario.basins()) {
            for (NisCode code : b.communes()) {
                int c = commune(code);
                if (c < 0) {
                    throw new InvalidInputException(
                            "scenario " + scenario.name() + " basins[" + b.name() + "].communes",
                            "must be communes of the territory, was " + code);
                }
                basinOfCommune[c] = all.size();
            }
            all.add(b);
        }
        Map<NisCode, List<NisCode>> rest = new TreeMap<>();
        for (int c = 0; c < communes.length; c++) {
            if (basinOfCommune[c] < 0) {
                rest.computeIfAbsent(communes[c].arrondissement(), k -> new ArrayList<>())
                        .add(communes[c]);
            }
        }
        for (Map.Entry<NisCode, List<NisCode>> e : rest.entrySet()) {
            String unit = gazetteer
                    .unit(e.getKey(), on)
                    .map(u -> u.name(Language.FR))
                    .orElse(e.getKey().toString());
            String name = all.stream().anyMatch(b -> b.name().equals(unit)) ? unit + " (" + e.getKey() + ")" : unit;
            for (NisCode code : e.getValue()) {
                basinOfCommune[commune(code)] = all.size();
            }
            all.add(Territory.of(name, e.getValue()));
        }
        this.basins = ImmutableList.copyOf(all);
        Set<Region> present = EnumSet.noneOf(Region.class);
        for (NisCode c : communes) {
            present.add(c.region());
        }
        this.regions = present.toArray(new Region[0]);
        this.regionOfCommune = new int[communes.length];
        for (int c = 0; c < communes.length; c++) {
            regionOfCommune[c] = Arrays.asList(regions).indexOf(communes[c].region());
        }
    }

    /** The communes of the territory, in code order. */
    NisCode[] communes() {
        return communes.clone();
    }

    int communeCount() {
        return communes.length;
    }

    NisCode communeCode(int c) {
        return communes[c];
    }

    /** The index of a commune, or a negative number if it is not in the territory. */
    int commune(NisCode code) {
        return Arrays.binarySearch(communes, code);
    }

    ImmutableList<Territory> basins() {
        return basins;
    }

    /** The index of a basin by name, or -1. */
    int basin(String name) {
        for (int b = 0; b < basins.size(); b++) {
            if (basins.get(b).name().equals(name)) {
                return b;
            }
        }
        return -1;
    }

    int basinOf(int commune) {
        return basinOfCommune[commune];
    }

    Region[] regions() {
        return regions.clone();
    }

    Region regionOf(int commune) {
        return regions[regionOfCommune[commune]];
    }

    /** The number of areas. */
    int count() {
        return communes.length + basins.size() + regions.length + 1;
    }

    /** The areas a commune counts in: itself, its basin, its region and the territory. */
    int[] areasOf(int commune) {
        return new int[] {
            commune,
            communes.length + basinOfCommune[commune],
            communes.length + basins.size() + regionOfCommune[commune],
            count() - 1
        };
    }

    AreaType type(int area) {
        if (area < communes.length) {
            return AreaType.COMMUNE;
        }
        if (area < communes.length + basins.size()) {
            return AreaType.BASIN;
        }
        return area < count() - 1 ? AreaType.REGION : AreaType.TERRITORY;
    }

    /** The area's identifier in exports: a NIS code, a basin's name, a region's constant, the territory's name. */
    String id(int area) {
        return switch (type(area)) {
            case COMMUNE -> communes[area].toString();
            case BASIN -> basins.get(area - communes.length).name();
            case REGION -> regions[area - communes.length - basins.size()].name();
            case TERRITORY -> territoryName;
        };
    }

    /** The area's name for people: a commune's French name, else its identifier. */
    String name(int area) {
        return type(area) == AreaType.COMMUNE ? communeNames[area] : id(area);
    }

    /** The index of an area by type and identifier, or -1. */
    int find(AreaType type, String id) {
        for (int a = 0; a < count(); a++) {
            if (type(a) == type && id(a).equals(id)) {
                return a;
            }
        }
        return -1;
    }

    /** Communes by basin index, for generated actors. */
    Map<Integer, List<Integer>> communesByBasin() {
        Map<Integer, List<Integer>> m = new LinkedHashMap<>();
        for (int b = 0; b < basins.size(); b++) {
            m.put(b, new ArrayList<>());
        }
        for (int c = 0; c < communes.length; c++) {
            m.get(basinOfCommune[c]).add(c);
        }
        return m;
    }
}
