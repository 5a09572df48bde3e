/**
 * Public transport as a travel mode: a GTFS feed read into an immutable {@link
 * cn.chegu.viewer.transit.GtfsFeed}, compiled into a {@link cn.chegu.viewer.transit.Timetable} for
 * one service day and one set of line statuses, and searched by RAPTOR over a departure window.
 * Plain Java on JTS and commons-csv (no Spring, SQL or HTTP).
 *
 * <dl>
 *   <dt>feed
 *   <dd>the GTFS files {@code stops.txt}, {@code routes.txt}, {@code trips.txt}, {@code
 *       stop_times.txt}, {@code calendar.txt} and/or {@code calendar_dates.txt}, and optionally
 *       {@code frequencies.txt}. {@code routes.txt} may carry the extension column {@code status}
 *       (existing, under_construction, planned; absent = existing), so existing and planned lines
 *       follow the same facility sets as every other layer.
 *   <dt>service date
 *   <dd>trips run on a date when calendar.txt has their service on that weekday within its start
 *       and end dates, unless calendar_dates.txt removes it that day (exception_type 2), or when
 *       calendar_dates.txt adds it (exception_type 1). Without a date asked, the feed's typical
 *       Tuesday ({@link cn.chegu.viewer.transit.ServiceCalendar#typical}).
 *   <dt>trip pattern
 *   <dd>the trips of one route that call at the same stops in the same order; RAPTOR scans a
 *       pattern's trips, which must not overtake one another (first in, first out).
 *   <dt>frequency-based trip
 *   <dd>a trip with a {@code frequencies.txt} row: its stop times are a template, repeated every
 *       {@code headway_secs} from {@code start_time} (inclusive) to {@code end_time} (exclusive),
 *       as scheduled departures (exact_times is treated as 1: the timetable is deterministic).
 *   <dt>round
 *   <dd>RAPTOR's unit of work (Delling, Pajor and Werneck, "Round-Based Public Transit Routing",
 *       2012): round k finds every stop reachable with k vehicle trips; after the trips of a round,
 *       walking transfers extend the reached stops. Used by Conveyal R5 and OpenTripPlanner 2.
 *   <dt>access, egress, transfer
 *   <dd>walks on the road network's walk mode: origin → first stop, last stop → destination, stop →
 *       stop. Their times are inputs to the search (computed with {@code
 *       network.ShortestPathTree}), so the search itself knows nothing of roads.
 *   <dt>departure window
 *   <dd>departures every minute from {@code from} (inclusive) to {@code to} (exclusive); each
 *       stop's travel time is reported as a percentile over those departures (median by default)
 *       and as the best, as R5 does.
 *   <dt>transfer penalty
 *   <dd>a minimum time between alighting (or reaching a stop on foot in round ≥ 1) and boarding the
 *       next vehicle; the first boarding after the access walk has none.
 * </dl>
 *
 * <p>Reader: GTFS is plain CSV, so the feed is read with commons-csv (already a dependency for the
 * CSV import) into records rather than with {@code onebusaway-gtfs}: that library maps rows onto
 * mutable entity beans by reflection and reports a broken row without the file and line, while
 * planners need "stop_times.txt line 12: stop_id 'x' is not in stops.txt". The seven files and
 * their required columns are checked here; everything else of the GTFS reference is ignored.
 */
package cn.chegu.viewer.transit;
