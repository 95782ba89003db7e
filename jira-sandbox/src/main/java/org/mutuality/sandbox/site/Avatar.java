package org.mutuality.sandbox.site;

/**
 * A project avatar, built in ({@code system}) or uploaded ({@code custom}).
 *
 * @param id the avatar id
 * @param system whether it is a system avatar
 * @param fileName the file name of a system avatar, {@code null} for a custom one
 */
public record Avatar(String id, boolean system, String fileName) {
}
