/** The library's JSON: {@link be.accompaniment.json.AccompanimentJson}, one strict and bounded mapper. */
package be.accompaniment.json;
