package io.dynamicendpoints.application.template;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as the scripting functions read and write them. Read: ISO-8601 ({@code 2024-04-12T10:15:30Z},
 * with or without offset), {@code Y-m-d H:i:s}, {@code Y-m-d H:i}, {@code Y-m-d}, RFC 1123
 * ({@code Fri, 12 Apr 2024 10:15:30 GMT}), Unix seconds (number or digits), and {@code "now"}; a date
 * without offset is in the clock's time zone (behaviour.md §16 #34). Written: ISO-8601 to the second
 * ({@code 2024-04-12T10:15:30Z}), or any PHP {@code date()} format.
 */
final class TemplateDates {

    static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);
    private static final List<DateTimeFormatter> LOCAL_DATE_TIMES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT),
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT));
    private static final DateTimeFormatter ZONE_ABBREVIATION = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);
    private static final Pattern UNIX_SECONDS = Pattern.compile("-?\\d{1,12}");
    private static final Pattern MODIFIER = Pattern.compile(
            "\\s*([+-]?\\s*\\d+)\\s*(sec|secs|second|seconds|min|mins|minute|minutes|hour|hours|day|days|week|weeks"
                    + "|fortnight|fortnights|month|months|year|years)\\b\\s*,?", Pattern.CASE_INSENSITIVE);

    private final Clock clock;

    TemplateDates(Clock clock) {
        this.clock = clock;
    }

    ZoneId zone() {
        return clock.getZone();
    }

    ZonedDateTime now() {
        return ZonedDateTime.now(clock);
    }

    /** The date a value stands for; empty for nothing, empty text and text that is no date. */
    Optional<ZonedDateTime> parse(Object value) {
        ZoneId zone = clock.getZone();
        return switch (value) {
            case null -> Optional.empty();
            case ZonedDateTime zoned -> Optional.of(zoned);
            case OffsetDateTime offset -> Optional.of(offset.toZonedDateTime());
            case Instant instant -> Optional.of(instant.atZone(zone));
            case LocalDateTime local -> Optional.of(local.atZone(zone));
            case LocalDate date -> Optional.of(date.atStartOfDay(zone));
            case Number number -> TemplateValues.number(number).map(BigDecimal::longValue)
                    .map(seconds -> Instant.ofEpochSecond(seconds).atZone(zone));
            default -> parseText(TemplateValues.text(value).strip(), zone);
        };
    }

    private Optional<ZonedDateTime> parseText(String text, ZoneId zone) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (text.equalsIgnoreCase("now")) {
            return Optional.of(now());
        }
        if (UNIX_SECONDS.matcher(text).matches()) {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(text)).atZone(zone));
        }
        try {
            return Optional.of(ZonedDateTime.parse(text, DateTimeFormatter.ISO_DATE_TIME));
        } catch (DateTimeParseException notOffset) {
            // try the forms without an offset
        }
        for (DateTimeFormatter format : LOCAL_DATE_TIMES) {
            try {
                return Optional.of(LocalDateTime.parse(text, format).atZone(zone));
            } catch (DateTimeParseException notThisForm) {
                // next
            }
        }
        try {
            return Optional.of(LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE).atStartOfDay(zone));
        } catch (DateTimeParseException notADate) {
            // next
        }
        try {
            return Optional.of(ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME));
        } catch (DateTimeParseException notRfc1123) {
            return Optional.empty();
        }
    }

    static String iso(ZonedDateTime time) {
        return ISO.format(time.truncatedTo(ChronoUnit.SECONDS));
    }

    /** A time zone an author named. */
    static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("unknown time zone '" + id + "'");
        }
    }

    /**
     * Moves a date by a PHP-style relative modifier: {@code "+1 day"}, {@code "-2 hours"},
     * {@code "1 month 2 days"}, or an ISO-8601 period/duration ({@code "P1D"}, {@code "PT2H"}).
     */
    static ZonedDateTime add(ZonedDateTime time, String modifier) {
        String text = modifier.strip();
        if (text.startsWith("P") || text.startsWith("-P")) {
            try {
                return time.plus(Period.parse(text));
            } catch (DateTimeParseException notAPeriod) {
                try {
                    return time.plus(Duration.parse(text));
                } catch (DateTimeParseException notADuration) {
                    throw new IllegalArgumentException("'" + modifier + "' is not an ISO-8601 period or duration");
                }
            }
        }
        Matcher matcher = MODIFIER.matcher(text);
        ZonedDateTime moved = time;
        int end = 0;
        RenderBudget budget = RenderBudget.current();
        while (matcher.find() && matcher.start() == end) {
            budget.spend(16, 0); // a modifier may repeat a million times
            moved = add(moved, Long.parseLong(matcher.group(1).replace(" ", "").replace("+", "")), matcher.group(2));
            end = matcher.end();
        }
        if (end == 0 || end != text.length()) {
            throw new IllegalArgumentException("'" + modifier + "' is not a date modifier such as '+1 day' or '-2 hours'");
        }
        return moved;
    }

    static ZonedDateTime add(ZonedDateTime time, long amount, String unit) {
        String normalized = unit.toLowerCase(Locale.ROOT);
        if (normalized.endsWith("s") && !normalized.equals("s")) {
            normalized = normalized.substring(0, normalized.length() - 1);
        }
        return switch (normalized) {
            case "sec", "second" -> time.plusSeconds(amount);
            case "min", "minute" -> time.plusMinutes(amount);
            case "hour" -> time.plusHours(amount);
            case "day" -> time.plusDays(amount);
            case "week" -> time.plusWeeks(amount);
            case "fortnight" -> time.plusWeeks(2 * amount);
            case "month" -> time.plusMonths(amount);
            case "year" -> time.plusYears(amount);
            default -> throw new IllegalArgumentException("unknown unit '" + unit + "'; use seconds, minutes, hours, "
                    + "days, weeks, months or years");
        };
    }

    /** Formats with PHP's {@code date()} letters; a backslash prints the next character as it is. */
    static String php(ZonedDateTime time, String format) {
        StringBuilder out = new StringBuilder();
        RenderBudget budget = RenderBudget.current();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if ((i & 63) == 0) {
                // A letter can print as 25 characters ('c'): checked every 64 letters, passing the limit
                // by at most a few thousand characters rather than 25 times the format's length.
                budget.spend(64, 0);
                budget.checkLength(out.length(), 0);
            }
            switch (c) {
                case 'd' -> out.append(two(time.getDayOfMonth()));
                case 'D' -> out.append(time.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
                case 'j' -> out.append(time.getDayOfMonth());
                case 'l' -> out.append(time.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
                case 'N' -> out.append(time.getDayOfWeek().getValue());
                case 'S' -> out.append(ordinalSuffix(time.getDayOfMonth()));
                case 'w' -> out.append(time.getDayOfWeek().getValue() % 7);
                case 'z' -> out.append(time.getDayOfYear() - 1);
                case 'W' -> out.append(two(time.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
                case 'F' -> out.append(time.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
                case 'm' -> out.append(two(time.getMonthValue()));
                case 'M' -> out.append(time.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
                case 'n' -> out.append(time.getMonthValue());
                case 't' -> out.append(time.toLocalDate().lengthOfMonth());
                case 'L' -> out.append(time.toLocalDate().isLeapYear() ? 1 : 0);
                case 'o' -> out.append(time.get(IsoFields.WEEK_BASED_YEAR));
                case 'Y' -> out.append(time.getYear());
                case 'y' -> out.append(two(Math.floorMod(time.getYear(), 100)));
                case 'a' -> out.append(time.getHour() < 12 ? "am" : "pm");
                case 'A' -> out.append(time.getHour() < 12 ? "AM" : "PM");
                case 'g' -> out.append(time.getHour() % 12 == 0 ? 12 : time.getHour() % 12);
                case 'G' -> out.append(time.getHour());
                case 'h' -> out.append(two(time.getHour() % 12 == 0 ? 12 : time.getHour() % 12));
                case 'H' -> out.append(two(time.getHour()));
                case 'i' -> out.append(two(time.getMinute()));
                case 's' -> out.append(two(time.getSecond()));
                case 'u' -> out.append(String.format(Locale.ROOT, "%06d", time.getNano() / 1000));
                case 'v' -> out.append(String.format(Locale.ROOT, "%03d", time.getNano() / 1_000_000));
                case 'e' -> out.append(time.getZone().getId());
                case 'T' -> out.append(ZONE_ABBREVIATION.format(time));
                case 'P' -> out.append(offset(time, true));
                case 'p' -> out.append(time.getOffset().getTotalSeconds() == 0 ? "Z" : offset(time, true));
                case 'O' -> out.append(offset(time, false));
                case 'Z' -> out.append(time.getOffset().getTotalSeconds());
                case 'c' -> out.append(php(time, "Y-m-d\\TH:i:sP"));
                case 'r' -> out.append(php(time, "D, d M Y H:i:s O"));
                case 'U' -> out.append(time.toEpochSecond());
                case '\\' -> {
                    if (i + 1 < format.length()) {
                        out.append(format.charAt(++i));
                    }
                }
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String two(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }

    private static String ordinalSuffix(int day) {
        if (day >= 11 && day <= 13) {
            return "th";
        }
        return switch (day % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    private static String offset(ZonedDateTime time, boolean colon) {
        int seconds = time.getOffset().getTotalSeconds();
        int minutes = Math.abs(seconds) / 60;
        return (seconds < 0 ? "-" : "+") + two(minutes / 60) + (colon ? ":" : "") + two(minutes % 60);
    }
}
