//! Money as integer cents: parsed from what people and CRMs write, shown with separators.

/// Why an amount could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0:?} is not an amount; write it like 1250000, 1,250,000.00, $1.2m or 250k")]
pub struct AmountError(pub String);

/// Reads "1250000", "$1,250,000.00", "€ 1.250.000" is not supported (ambiguous),
/// "1.2m", "250k" into cents.
pub fn parse_amount(input: &str) -> Result<i64, AmountError> {
    let error = || AmountError(input.to_string());
    let cleaned: String = input
        .trim()
        .chars()
        .filter(|c| !matches!(c, '$' | '€' | '£' | ',' | ' ' | '_') && !c.is_whitespace())
        .collect();
    let lower = cleaned.to_lowercase();
    let lower = lower
        .strip_suffix("usd")
        .or_else(|| lower.strip_suffix("eur"))
        .or_else(|| lower.strip_suffix("gbp"))
        .unwrap_or(&lower);
    let (number, multiplier) = match lower.chars().last() {
        Some('k') => (&lower[..lower.len() - 1], 1_000),
        Some('m') => (&lower[..lower.len() - 1], 1_000_000),
        Some('b') => (&lower[..lower.len() - 1], 1_000_000_000),
        _ => (lower, 1),
    };
    let (whole, fraction) = number.split_once('.').unwrap_or((number, ""));
    if whole.is_empty() && fraction.is_empty()
        || !whole.chars().all(|c| c.is_ascii_digit())
        || !fraction.chars().all(|c| c.is_ascii_digit())
        || fraction.len() > 9
    {
        return Err(error());
    }
    let whole: i64 = if whole.is_empty() {
        0
    } else {
        whole.parse().map_err(|_| error())?
    };
    let scale = 10_i64.pow(fraction.len() as u32);
    let fraction: i64 = if fraction.is_empty() {
        0
    } else {
        fraction.parse().map_err(|_| error())?
    };
    let cents_per_unit = 100 * multiplier;
    let whole_cents = whole.checked_mul(cents_per_unit).ok_or_else(error)?;
    let fraction_cents = (fraction as i128 * cents_per_unit as i128 / scale as i128) as i64;
    whole_cents.checked_add(fraction_cents).ok_or_else(error)
}

/// Shows cents as "$1,250,000" (or "$1,250.50" when there are cents).
pub fn format_amount(cents: i64, symbol: &str) -> String {
    let magnitude = cents.unsigned_abs();
    let mut digits = [0u8; 20];
    let mut whole = magnitude / 100;
    let mut count = 0;
    loop {
        digits[count] = b'0' + (whole % 10) as u8;
        count += 1;
        whole /= 10;
        if whole == 0 {
            break;
        }
    }
    let mut text = String::with_capacity(symbol.len() + count + count / 3 + 4);
    if cents < 0 {
        text.push('-');
    }
    text.push_str(symbol);
    for i in (0..count).rev() {
        text.push(char::from(digits[i]));
        if i > 0 && i % 3 == 0 {
            text.push(',');
        }
    }
    let rest = magnitude % 100;
    if rest != 0 {
        text.push('.');
        text.push(char::from(b'0' + (rest / 10) as u8));
        text.push(char::from(b'0' + (rest % 10) as u8));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_what_crms_write() {
        let cases = [
            ("1250000", 125_000_000),
            ("$1,250,000.00", 125_000_000),
            ("1,250.5", 125_050),
            ("1.2m", 120_000_000),
            ("250k", 25_000_000),
            ("$ 99.99", 9_999),
            ("0", 0),
            (".5", 50),
            ("12000 USD", 1_200_000),
            ("€15,000", 1_500_000),
        ];
        for (input, cents) in cases {
            assert_eq!(parse_amount(input), Ok(cents), "{input}");
        }
    }

    #[test]
    fn refuses_nonsense() {
        for input in ["", "abc", "1.2.3", "-5", "$", "99999999999999999999", "12x"] {
            assert!(parse_amount(input).is_err(), "{input}");
        }
    }

    #[test]
    fn formats_with_separators() {
        assert_eq!(format_amount(125_000_000, "$"), "$1,250,000");
        assert_eq!(format_amount(125_050, "$"), "$1,250.50");
        assert_eq!(format_amount(0, "€"), "€0");
        assert_eq!(format_amount(-99_900, "$"), "-$999");
        assert_eq!(format_amount(100_000, "$"), "$1,000");
        assert_eq!(format_amount(99, "$"), "$0.99");
        assert_eq!(format_amount(-5, "£"), "-£0.05");
        assert_eq!(format_amount(i64::MIN, ""), "-92,233,720,368,547,758.08");
    }
}
