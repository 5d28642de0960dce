package com.techroute.local.csv;

/**
 * Something wrong with one row of a sheet.
 *
 * @param line physical line the row starts on, from 1
 * @param id the row's id as written, or empty
 * @param message what is wrong, naming the column, the value and the fix
 */
public record RowProblem(int line, String id, String message) {
}
