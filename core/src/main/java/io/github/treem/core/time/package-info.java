/**
 * Part of the public API of treem core (io.github.treem.core.time): dates as Viet Nam's law counts
 * them. {@link io.github.treem.core.time.WorkingDays} is the working-day calendar (weekends,
 * public holidays, substitute days and the government's yearly swaps, as data with their
 * sources) with the period rules of the Civil Code 2015 (Bộ luật Dân sự, Điều 147-148);
 * {@link io.github.treem.core.time.LunarDate} is the Vietnamese lunar calendar (UTC+7) that
 * places Tết and Giỗ Tổ Hùng Vương.
 *
 * @since 0.1.0
 */
@org.jspecify.annotations.NullMarked
package io.github.treem.core.time;
