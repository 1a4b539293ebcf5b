//! A small LZ77 compressor and URL-safe base64, for share links. Written here rather than
//! pulled in: a deflate crate would add tens of kilobytes to the download, and the
//! browser's CompressionStream is missing in the older browsers commune offices run.
//!
//! Format: a run of tokens, each opening with a varint `v`. Even `v`: `v/2 + 1` literal
//! bytes follow. Odd `v`: copy `v/2 + MIN_MATCH` bytes from `distance` back, where the
//! distance is the next varint.

const MIN_MATCH: usize = 4;
const HASH_BITS: u32 = 12;
const MAX_DISTANCE: usize = 1 << 16;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CodecError {
    /// The data ends in the middle of a token.
    Truncated,
    /// A copy reaches before the start of the output.
    BadDistance,
    /// The output would pass the limit (a crafted link must not eat the memory).
    TooLarge,
    /// A character that base64url does not use.
    BadCharacter,
    /// A number in the stream is longer than any this format writes.
    BadNumber,
}

fn put_varint(out: &mut Vec<u8>, mut v: usize) {
    while v >= 0x80 {
        out.push((v as u8 & 0x7f) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

fn get_varint(data: &[u8], at: &mut usize) -> Result<usize, CodecError> {
    let mut v: usize = 0;
    for shift in (0..35).step_by(7) {
        let b = *data.get(*at).ok_or(CodecError::Truncated)?;
        *at += 1;
        v |= usize::from(b & 0x7f) << shift;
        if b & 0x80 == 0 {
            return Ok(v);
        }
    }
    Err(CodecError::BadNumber)
}

fn hash(b: &[u8]) -> usize {
    let v = u32::from_le_bytes([b[0], b[1], b[2], b[3]]);
    (v.wrapping_mul(2_654_435_761) >> (32 - HASH_BITS)) as usize
}

fn flush_literals(out: &mut Vec<u8>, lit: &[u8]) {
    if !lit.is_empty() {
        put_varint(out, (lit.len() - 1) << 1);
        out.extend_from_slice(lit);
    }
}

/// LZ77 over hash chains: up to `TRIES` earlier places with the same four bytes are
/// tried and the longest match taken.
pub fn compress(input: &[u8]) -> Vec<u8> {
    const TRIES: usize = 32;
    let mut out = Vec::with_capacity(input.len() / 2);
    let mut head = vec![usize::MAX; 1 << HASH_BITS];
    let mut chain = vec![usize::MAX; input.len()];
    let (mut i, mut lit_start) = (0, 0);
    let insert = |head: &mut [usize], chain: &mut [usize], at: usize| {
        if at + MIN_MATCH <= input.len() {
            let h = hash(&input[at..]);
            chain[at] = head[h];
            head[h] = at;
        }
    };
    while i + MIN_MATCH <= input.len() {
        let mut best = (0, 0);
        let mut cand = head[hash(&input[i..])];
        for _ in 0..TRIES {
            if cand == usize::MAX || i - cand > MAX_DISTANCE {
                break;
            }
            let mut len = 0;
            while i + len < input.len() && input[cand + len] == input[i + len] {
                len += 1;
            }
            if len > best.0 {
                best = (len, i - cand);
            }
            cand = chain[cand];
        }
        if best.0 >= MIN_MATCH {
            flush_literals(&mut out, &input[lit_start..i]);
            put_varint(&mut out, ((best.0 - MIN_MATCH) << 1) | 1);
            put_varint(&mut out, best.1);
            for k in i..i + best.0 {
                insert(&mut head, &mut chain, k);
            }
            i += best.0;
            lit_start = i;
        } else {
            insert(&mut head, &mut chain, i);
            i += 1;
        }
    }
    flush_literals(&mut out, &input[lit_start..]);
    out
}

/// The inverse of `compress`, refusing any output longer than `limit` bytes.
pub fn decompress(data: &[u8], limit: usize) -> Result<Vec<u8>, CodecError> {
    let mut out: Vec<u8> = Vec::new();
    let mut at = 0;
    while at < data.len() {
        let v = get_varint(data, &mut at)?;
        if v & 1 == 0 {
            let n = (v >> 1) + 1;
            let end = at.checked_add(n).ok_or(CodecError::Truncated)?;
            let lit = data.get(at..end).ok_or(CodecError::Truncated)?;
            if out.len() + n > limit {
                return Err(CodecError::TooLarge);
            }
            out.extend_from_slice(lit);
            at = end;
        } else {
            let n = (v >> 1) + MIN_MATCH;
            let d = get_varint(data, &mut at)?;
            if d == 0 || d > out.len() {
                return Err(CodecError::BadDistance);
            }
            if out.len() + n > limit {
                return Err(CodecError::TooLarge);
            }
            // Byte by byte: a copy may overlap the bytes it is writing (a run).
            let from = out.len() - d;
            for k in 0..n {
                out.push(out[from + k]);
            }
        }
    }
    Ok(out)
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// URL-safe base64 without padding (RFC 4648 §5): safe in a fragment and in chat apps.
pub fn base64url(data: &[u8]) -> String {
    let mut out = String::with_capacity(data.len().div_ceil(3) * 4);
    for chunk in data.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for k in 0..=chunk.len() {
            out.push(char::from(ALPHABET[(n >> (18 - 6 * k)) as usize & 63]));
        }
    }
    out
}

pub fn from_base64url(text: &str) -> Result<Vec<u8>, CodecError> {
    let value = |c: u8| -> Result<u32, CodecError> {
        Ok(match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'-' => 62,
            b'_' => 63,
            _ => return Err(CodecError::BadCharacter),
        } as u32)
    };
    let bytes = text.as_bytes();
    if bytes.len() % 4 == 1 {
        return Err(CodecError::Truncated);
    }
    let mut out = Vec::with_capacity(bytes.len() * 3 / 4);
    for chunk in bytes.chunks(4) {
        let mut n = 0u32;
        for (k, &c) in chunk.iter().enumerate() {
            n |= value(c)? << (18 - 6 * k);
        }
        for k in 0..chunk.len() - 1 {
            out.push((n >> (16 - 8 * k)) as u8);
        }
    }
    Ok(out)
}
