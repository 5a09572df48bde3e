package cn.chegu.viewer.analysis;

import java.util.List;

/**
 * Residents who gain a transit trip to a park within {@code minutes} when the facility set changes
 * (existing lines → with the planned ones).
 *
 * @param id the park's feature id
 * @param nameZh Chinese name
 * @param nameEn English name
 * @param minutes the trip's limit
 * @param from the set before ({@code existing})
 * @param to the set after ({@code committed} or {@code plan})
 * @param residentsBefore residents within {@code minutes} by transit in {@code from}
 * @param residentsAfter the same in {@code to}
 * @param gained residents within reach in {@code to} but not in {@code from}
 * @param lost residents within reach in {@code from} but not in {@code to}
 * @param rules the transit rules and what the comparison counts
 * @param rulesZh the same in Chinese, one for one
 */
public record ParkGainAnswer(
    String id,
    String nameZh,
    String nameEn,
    int minutes,
    String from,
    String to,
    long residentsBefore,
    long residentsAfter,
    long gained,
    long lost,
    List<String> rules,
    List<String> rulesZh) {}
