//! Address allocation in a subnet, as Azure does it for private endpoint
//! NICs: the first four addresses and the last are reserved, dynamic
//! allocation takes the lowest free address (DOMAIN.md §4).

use std::collections::BTreeSet;
use std::net::Ipv4Addr;

use ipnet::Ipv4Net;

use crate::network::catalog::{RESERVED_HIGH, RESERVED_LOW};

/// The addresses of a subnet that Azure hands out, lowest first.
pub fn usable(net: &Ipv4Net) -> impl Iterator<Item = Ipv4Addr> {
    let first = u32::from(net.network()).saturating_add(RESERVED_LOW);
    let last = u32::from(net.broadcast()).saturating_sub(RESERVED_HIGH);
    (first..=last).map(Ipv4Addr::from)
}

/// True when Azure would accept `ip` as a static address in the subnet.
pub fn is_usable(net: &Ipv4Net, ip: Ipv4Addr) -> bool {
    let n = u32::from(ip);
    let first = u32::from(net.network()).saturating_add(RESERVED_LOW);
    let last = u32::from(net.broadcast()).saturating_sub(RESERVED_HIGH);
    net.contains(&ip) && (first..=last).contains(&n)
}

/// The lowest usable address not in `used`.
pub fn lowest_free(net: &Ipv4Net, used: &BTreeSet<Ipv4Addr>) -> Option<Ipv4Addr> {
    usable(net).find(|ip| !used.contains(ip))
}

/// The first IPv4 prefix among a subnet's prefixes.
pub fn first_v4(prefixes: &[String]) -> Option<Ipv4Net> {
    prefixes.iter().find_map(|p| p.parse::<Ipv4Net>().ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn net(s: &str) -> Ipv4Net {
        s.parse().unwrap()
    }

    #[test]
    fn a_slash_27_offers_27_addresses_from_the_fifth() {
        let all: Vec<_> = usable(&net("10.0.0.0/27")).collect();
        assert_eq!(all.len(), 27);
        assert_eq!(all[0], Ipv4Addr::new(10, 0, 0, 4));
        assert_eq!(all[26], Ipv4Addr::new(10, 0, 0, 30));
    }

    #[test]
    fn lowest_free_skips_used_addresses() {
        let used = BTreeSet::from([Ipv4Addr::new(10, 0, 0, 4), Ipv4Addr::new(10, 0, 0, 6)]);
        assert_eq!(
            lowest_free(&net("10.0.0.0/29"), &used),
            Some(Ipv4Addr::new(10, 0, 0, 5))
        );
        let full = BTreeSet::from([
            Ipv4Addr::new(10, 0, 0, 4),
            Ipv4Addr::new(10, 0, 0, 5),
            Ipv4Addr::new(10, 0, 0, 6),
        ]);
        assert_eq!(lowest_free(&net("10.0.0.0/29"), &full), None);
    }

    #[test]
    fn reserved_addresses_are_not_usable() {
        let n = net("10.0.0.0/28");
        assert!(!is_usable(&n, Ipv4Addr::new(10, 0, 0, 3)));
        assert!(is_usable(&n, Ipv4Addr::new(10, 0, 0, 4)));
        assert!(!is_usable(&n, Ipv4Addr::new(10, 0, 0, 15)));
        assert!(!is_usable(&n, Ipv4Addr::new(10, 0, 1, 4)));
    }
}
