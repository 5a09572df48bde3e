package cn.chegu.viewer.imports;

/**
 * One reason a feature (or the whole file) cannot be imported.
 *
 * @param file the uploaded file's name
 * @param feature e.g. {@code feature 12 (id fac-3)}, or {@code file} for the whole file
 * @param field the property or {@code geometry} concerned, or null
 */
public record ImportProblem(String file, String feature, String field, String message) {}
