//! The `cidr*` functions, for IPv4 and IPv6. Addresses are handled as
//! `u128` numbers so that both families share the arithmetic; every shift
//! and addition is checked, since prefix lengths come from user input.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use ipnet::IpNet;

use super::args::{self, call_error, invalid, string};
use super::{FunctionError, Outcome};
use crate::value::Value;

/// A network prefix: its first address, the address width and its length.
#[derive(Debug, Clone, Copy)]
struct Prefix {
    base: u128,
    width: u32,
    len: u32,
}

impl Prefix {
    /// Parses `10.0.0.0/16`; host bits are cleared, as Go's `ParseCIDR` does.
    /// Octets with leading zeros read as decimal, as in Terraform.
    fn parse(args: &[Value], index: usize) -> Result<Prefix, FunctionError> {
        let text = string(args, index)?;
        let net: IpNet = text
            .parse()
            .map_err(|_| invalid(index, format!("invalid cidr prefix `{text}`")))?;
        let net = net.trunc();
        let (base, width) = match net.network() {
            IpAddr::V4(addr) => (u32::from(addr) as u128, 32),
            IpAddr::V6(addr) => (u128::from(addr), 128),
        };
        Ok(Prefix {
            base,
            width,
            len: u32::from(net.prefix_len()),
        })
    }

    /// The number of addresses in a prefix of `len` bits; `None` for 2^128.
    fn size(&self, len: u32) -> Option<u128> {
        1u128.checked_shl(self.width - len)
    }

    fn last(&self) -> u128 {
        self.size(self.len)
            .map_or(u128::MAX, |size| self.base + (size - 1))
    }

    fn address(&self, value: u128) -> IpAddr {
        if self.width == 32 {
            IpAddr::V4(Ipv4Addr::from(value as u32))
        } else {
            IpAddr::V6(Ipv6Addr::from(value))
        }
    }

    fn format(&self, start: u128, len: u32) -> String {
        format!("{}/{len}", self.address(start))
    }
}

/// `cidrsubnet(prefix, newbits, netnum)`.
pub(super) fn cidrsubnet(args: &[Value]) -> Outcome {
    let prefix = Prefix::parse(args, 0)?;
    let newbits = args::integer(args, 1)?;
    let netnum = args::integer(args, 2)?;

    if newbits < 0 || prefix.len as i64 + newbits > prefix.width as i64 {
        return Err(invalid(
            1,
            format!(
                "insufficient address space to extend prefix of {} by {newbits}",
                prefix.len
            ),
        ));
    }
    let new_len = prefix.len + newbits as u32;
    let fits = 1u128
        .checked_shl(newbits as u32)
        .is_none_or(|count| (netnum as u128) < count);
    if netnum < 0 || !fits {
        return Err(invalid(
            2,
            format!(
                "prefix extension of {newbits} does not accommodate a subnet numbered {netnum}"
            ),
        ));
    }

    let offset = (netnum as u128)
        .checked_shl(prefix.width - new_len)
        .unwrap_or(0);
    Ok(prefix.format(prefix.base | offset, new_len).into())
}

/// `cidrhost(prefix, hostnum)`; a negative host number counts from the end.
pub(super) fn cidrhost(args: &[Value]) -> Outcome {
    let prefix = Prefix::parse(args, 0)?;
    let hostnum = args::integer(args, 1)?;

    let size = prefix.size(prefix.len);
    let host = if hostnum >= 0 {
        Some(hostnum as u128).filter(|h| size.is_none_or(|size| *h < size))
    } else {
        let back = hostnum.unsigned_abs() as u128;
        match size {
            Some(size) => size.checked_sub(back),
            None => Some(u128::MAX - (back - 1)),
        }
    };
    let host = host.ok_or_else(|| {
        invalid(
            1,
            format!(
                "prefix of {} does not accommodate a host numbered {hostnum}",
                prefix.len
            ),
        )
    })?;
    Ok(prefix.address(prefix.base + host).to_string().into())
}

/// `cidrnetmask(prefix)`: the IPv4 netmask in dotted notation.
pub(super) fn cidrnetmask(args: &[Value]) -> Outcome {
    let prefix = Prefix::parse(args, 0)?;
    if prefix.width != 32 {
        return Err(invalid(0, "ipv6 prefixes have no netmask"));
    }
    let mask = u32::MAX.checked_shl(32 - prefix.len).unwrap_or(0);
    Ok(Ipv4Addr::from(mask).to_string().into())
}

/// `cidrsubnets(prefix, newbits...)`: consecutive subnets, each aligned to
/// its own size, allocated in argument order.
pub(super) fn cidrsubnets(args: &[Value]) -> Outcome {
    let prefix = Prefix::parse(args, 0)?;
    let last = prefix.last();

    let mut cursor = Some(prefix.base);
    let mut subnets = Vec::new();
    for index in 1..args.len() {
        let newbits = args::integer(args, index)?;
        if newbits < 1 {
            return Err(invalid(index, "must extend prefix by at least one bit"));
        }
        if prefix.len as i64 + newbits > prefix.width as i64 {
            return Err(invalid(
                index,
                format!(
                    "would extend prefix to {} bits, which is too long for this address family",
                    prefix.len as i64 + newbits
                ),
            ));
        }
        let len = prefix.len + newbits as u32;
        let size = prefix.size(len).unwrap_or(u128::MAX);

        let start = cursor
            .and_then(|c| c.checked_add(size - 1))
            .map(|c| c / size * size);
        let start = start.filter(|s| s.checked_add(size - 1).is_some_and(|end| end <= last));
        let start = start.ok_or_else(|| {
            call_error(format!(
                "not enough remaining address space for a subnet with a prefix of {len} bits"
            ))
        })?;
        subnets.push(Value::String(prefix.format(start, len)));
        cursor = start.checked_add(size);
    }
    Ok(Value::List(subnets))
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;
    use super::super::FunctionErrorKind;
    use crate::value::Value;

    fn s(text: &str) -> Value {
        Value::from(text)
    }

    fn n(v: f64) -> Value {
        Value::Number(v)
    }

    fn kind(name: &str, args: Vec<Value>) -> FunctionErrorKind {
        run(name, args).unwrap_err().kind
    }

    #[test]
    fn cidrsubnet_extends_prefixes() {
        assert_eq!(
            run("cidrsubnet", vec![s("172.16.0.0/12"), n(4.0), n(2.0)]),
            Ok(s("172.18.0.0/16"))
        );
        assert_eq!(
            run("cidrsubnet", vec![s("10.1.2.0/24"), n(4.0), n(15.0)]),
            Ok(s("10.1.2.240/28"))
        );
        assert_eq!(
            run(
                "cidrsubnet",
                vec![s("fd00:fd12:3456:7890::/56"), n(16.0), n(162.0)]
            ),
            Ok(s("fd00:fd12:3456:7800:a200::/72"))
        );
        assert_eq!(
            run("cidrsubnet", vec![s("10.1.2.3/16"), n(8.0), n(1.0)]),
            Ok(s("10.1.1.0/24"))
        );
        assert_eq!(
            run("cidrsubnet", vec![s("0.0.0.0/0"), n(0.0), n(0.0)]),
            Ok(s("0.0.0.0/0"))
        );
        assert_eq!(
            run("cidrsubnet", vec![s("::/0"), n(0.0), n(0.0)]),
            Ok(s("::/0"))
        );
    }

    #[test]
    fn cidrsubnet_rejects_out_of_range_arguments() {
        assert_eq!(
            kind("cidrsubnet", vec![s("10.0.0.0/16"), n(17.0), n(0.0)]),
            FunctionErrorKind::InvalidArgument(1)
        );
        assert_eq!(
            kind("cidrsubnet", vec![s("10.0.0.0/16"), n(-1.0), n(0.0)]),
            FunctionErrorKind::InvalidArgument(1)
        );
        assert_eq!(
            kind("cidrsubnet", vec![s("10.0.0.0/16"), n(2.0), n(4.0)]),
            FunctionErrorKind::InvalidArgument(2)
        );
        assert_eq!(
            kind("cidrsubnet", vec![s("10.0.0.0/16"), n(2.0), n(-1.0)]),
            FunctionErrorKind::InvalidArgument(2)
        );
        assert_eq!(
            kind("cidrsubnet", vec![s("10.0.0/16"), n(2.0), n(1.0)]),
            FunctionErrorKind::InvalidArgument(0)
        );
        assert_eq!(
            kind("cidrsubnet", vec![s("::/0"), n(200.0), n(1.0)]),
            FunctionErrorKind::InvalidArgument(1)
        );
    }

    #[test]
    fn cidrhost_counts_from_either_end() {
        assert_eq!(
            run("cidrhost", vec![s("10.12.112.0/20"), n(16.0)]),
            Ok(s("10.12.112.16"))
        );
        assert_eq!(
            run("cidrhost", vec![s("10.12.112.0/20"), n(268.0)]),
            Ok(s("10.12.113.12"))
        );
        assert_eq!(
            run("cidrhost", vec![s("10.0.0.0/24"), n(-1.0)]),
            Ok(s("10.0.0.255"))
        );
        assert_eq!(
            run(
                "cidrhost",
                vec![s("fd00:fd12:3456:7890:00a2::/72"), n(34.0)]
            ),
            Ok(s("fd00:fd12:3456:7890::22"))
        );
        assert_eq!(
            run("cidrhost", vec![s("::/0"), n(-1.0)]),
            Ok(s("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"))
        );
        assert_eq!(
            kind("cidrhost", vec![s("10.0.0.0/24"), n(256.0)]),
            FunctionErrorKind::InvalidArgument(1)
        );
        assert_eq!(
            kind("cidrhost", vec![s("10.0.0.0/24"), n(-257.0)]),
            FunctionErrorKind::InvalidArgument(1)
        );
    }

    #[test]
    fn cidrnetmask_is_ipv4_only() {
        assert_eq!(
            run("cidrnetmask", vec![s("172.16.0.0/12")]),
            Ok(s("255.240.0.0"))
        );
        assert_eq!(run("cidrnetmask", vec![s("0.0.0.0/0")]), Ok(s("0.0.0.0")));
        assert_eq!(
            kind("cidrnetmask", vec![s("::/64")]),
            FunctionErrorKind::InvalidArgument(0)
        );
    }

    #[test]
    fn cidrsubnets_allocates_aligned_consecutive_blocks() {
        let got = run(
            "cidrsubnets",
            vec![s("10.1.0.0/16"), n(4.0), n(4.0), n(8.0), n(4.0)],
        );
        let expected = [
            "10.1.0.0/20",
            "10.1.16.0/20",
            "10.1.32.0/24",
            "10.1.48.0/20",
        ];
        assert_eq!(
            got,
            Ok(Value::List(expected.iter().map(|e| s(e)).collect()))
        );
        let got = run(
            "cidrsubnets",
            vec![s("fd00:fd12:3456:7890::/56"), n(16.0), n(16.0)],
        );
        let expected = ["fd00:fd12:3456:7800::/72", "fd00:fd12:3456:7800:100::/72"];
        assert_eq!(
            got,
            Ok(Value::List(expected.iter().map(|e| s(e)).collect()))
        );
        assert_eq!(
            run("cidrsubnets", vec![s("0.0.0.0/0"), n(1.0), n(1.0)]),
            Ok(Value::List(vec![s("0.0.0.0/1"), s("128.0.0.0/1")]))
        );
    }

    #[test]
    fn cidrsubnets_reports_exhaustion_and_bad_sizes() {
        assert_eq!(
            kind(
                "cidrsubnets",
                vec![s("10.0.0.0/24"), n(1.0), n(1.0), n(1.0)]
            ),
            FunctionErrorKind::Call
        );
        assert_eq!(
            kind("cidrsubnets", vec![s("10.0.0.0/24"), n(1.0), n(0.0)]),
            FunctionErrorKind::InvalidArgument(2)
        );
        assert_eq!(
            kind("cidrsubnets", vec![s("10.0.0.0/24"), n(9.0)]),
            FunctionErrorKind::InvalidArgument(1)
        );
        assert_eq!(
            run("cidrsubnets", vec![s("::/0"), n(1.0), n(1.0)]),
            Ok(Value::List(vec![s("::/1"), s("8000::/1")]))
        );
    }
}
