using GovGraph.Domain.Model;

namespace GovGraph.Storage.Seeding;

internal sealed partial class NingguoBuilder
{
    /// <summary>Two-committee posts in the order villages fill them (5 to 8 per village).</summary>
    private static readonly (string Committee, string Title, bool PartyMember)[] CadrePosts =
    [
        ("PARTY", "党组织书记", true),
        ("VILLAGERS", "村委会主任", true),
        ("PARTY", "党组织副书记", true),
        ("PARTY", "党组织委员", true),
        ("VILLAGERS", "村委会委员", false),
        ("PARTY", "党组织委员", true),
        ("VILLAGERS", "村委会委员", false),
        ("VILLAGERS", "村委会委员", false),
    ];

    /// <summary>The village bodies and the cadre post whose holder heads each (交叉任职).</summary>
    private static readonly (string Kind, string Slug, string Name, int HeadPost, string Title)[] Bodies =
    [
        ("VILLAGERS_ASSEMBLY", "assembly", "村民会议", 0, "召集人"),
        ("VILLAGERS_COMMITTEE", "committee", "村民委员会", 1, "主任"),
        ("CONSULTATION_COMMITTEE", "consultation", "村级协商委员会", 0, "主任"),
        ("SUPERVISION_COMMITTEE", "supervision", "村务监督委员会", 3, "主任"),
        ("COLLECTIVE_ECONOMY", "economy", "股份经济合作社", 2, "理事长"),
    ];

    private static readonly string[] LinkSince = ["2021-03-01", "2021-07-01", "2022-01-01"];
    private static readonly string[] TalentCategories = ["SKILL", "AGRICULTURE", "CULTURE"];

    /// <summary>The village post held by the one cadre per chosen village later recruited by a township institution.</summary>
    private const int RecruitedPost = 4;

    private void AddVillageSubtree(VillagePlan v, HashSet<string> venueGroups)
    {
        var township = _townships[v.TownshipIndex];
        AddVillageCentre(v);
        var groupIds = AddPartyGroups(v, venueGroups);

        var householdsPerGroup = Split(v.Households, v.Groups);
        var membersPerGroup = Split(v.Members, v.Groups);
        var memberGroup = Expand(membersPerGroup);
        var memberNames = new (string Name, string Gender)[v.Members];
        for (var i = 0; i < v.Members; i++)
        {
            memberNames[i] = NewName(0.7);
        }

        var cadreIds = AddMembersAndCadres(v, groupIds, memberGroup, memberNames);
        AddBodies(v, cadreIds);
        AddCentralHouseholds(v, groupIds, memberGroup, memberNames);
        AddHouseholds(v, township, groupIds, householdsPerGroup);
        AddTalents(v);
    }

    private void AddVillageCentre(VillagePlan v)
    {
        var id = $"venue:{v.Slug}-centre";
        var isNew = v.NewVenueInvestment is not null;
        AddNode(id, Labels.Venue, new()
        {
            [Props.Name] = $"{v.Name}党群服务中心",
            [Props.Kind] = "VILLAGE_CENTRE",
            [Props.BuiltYear] = (long)(isNew ? _rng.Next(2021, 2023) : _rng.Next(2008, 2021)),
            [Props.InvestmentYuan] = v.NewVenueInvestment ?? 10_000L * _rng.Next(15, 91),
        });
        AddRelationship(RelTypes.HasVenue, v.Id, id);
    }

    private string[] AddPartyGroups(VillagePlan v, HashSet<string> venueGroups)
    {
        var groupIds = new string[v.Groups];
        for (var g = 0; g < v.Groups; g++)
        {
            var id = GroupId(v, g + 1);
            groupIds[g] = id;
            var hasVenue = venueGroups.Contains(id);
            // 百姓说事点 are set up mostly at the 党小组之家.
            var talkPoint = _rng.Chance(hasVenue ? 0.8 : 0.03);
            AddNode(id, Labels.PartyGroup, new()
            {
                [Props.Name] = $"{v.Name}第{g + 1}党小组",
                [Props.HasVenue] = hasVenue,
                [Props.TalkPoint] = talkPoint,
            });
            AddRelationship(RelTypes.Oversees, v.Id, id);
            if (hasVenue)
            {
                var venueId = $"venue:{v.Slug}-g{g + 1:D2}-home";
                AddNode(venueId, Labels.Venue, new()
                {
                    [Props.Name] = $"{v.Name}第{g + 1}党小组之家",
                    [Props.Kind] = "PARTY_GROUP_HOME",
                    [Props.BuiltYear] = (long)_rng.Next(2019, 2023),
                });
                AddRelationship(RelTypes.HasVenue, id, venueId);
            }
        }

        return groupIds;
    }

    /// <summary>
    /// Adds the village's party members (each MEMBER_OF a group) and its two-committee cadres. Cadres who are
    /// party members are drawn from the members; the others are added as non-member villagers.
    /// Returns the cadre person id per post.
    /// </summary>
    private string[] AddMembersAndCadres(
        VillagePlan v, string[] groupIds, int[] memberGroup, (string Name, string Gender)[] memberNames)
    {
        var cadreIds = new string[v.Cadres];
        var postOfMember = new Dictionary<int, int>();
        var nonMemberPosts = new List<int>();
        for (var post = 0; post < v.Cadres; post++)
        {
            if (CadrePosts[post].PartyMember || _rng.Chance(0.5))
            {
                int member;
                do
                {
                    member = _rng.Next(v.Members);
                }
                while (postOfMember.ContainsKey(member));

                postOfMember[member] = post;
                cadreIds[post] = MemberId(v, member);
            }
            else
            {
                nonMemberPosts.Add(post);
                cadreIds[post] = $"person:{v.Slug}-c{post + 1}";
            }
        }

        for (var i = 0; i < v.Members; i++)
        {
            var id = MemberId(v, i);
            var (name, gender) = memberNames[i];
            var props = new Dictionary<string, object?>
            {
                [Props.Name] = name,
                [Props.Gender] = gender,
                [Props.PartyMember] = true,
            };
            var isCadre = postOfMember.TryGetValue(i, out var post);
            props[Props.BirthYear] = (long)(isCadre ? _rng.Next(1965, 1996) : _rng.Next(1940, 2001));
            if (isCadre)
            {
                AddCadreProps(v, post, props);
            }

            AddNode(id, Labels.Person, props);
            AddRelationship(RelTypes.MemberOf, id, groupIds[memberGroup[i]]);
            if (isCadre)
            {
                AddServesOn(v, id, post);
            }
        }

        foreach (var post in nonMemberPosts)
        {
            var props = PersonProps(1965, 1995, 0.6, false, null);
            AddCadreProps(v, post, props);
            AddNode(cadreIds[post], Labels.Person, props);
            AddServesOn(v, cadreIds[post], post);
        }

        return cadreIds;
    }

    private static string MemberId(VillagePlan v, int index) => $"person:{v.Slug}-m{index + 1:D3}";

    private void AddCadreProps(VillagePlan v, int post, Dictionary<string, object?> props)
    {
        var roll = _rng.NextDouble();
        props[Props.Education] = roll < 0.02 ? "POSTGRADUATE" : roll < 0.4 ? "BACHELOR" : "BELOW_BACHELOR";
        if (post == 0 && v.SecretaryCivilServicePostYear is { } year)
        {
            props[Props.CivilServicePostYear] = (long)year;
        }

        if (post == RecruitedPost && v.HasRecruitedCadre)
        {
            props[Props.RecruitedByTownshipInstitution] = true;
        }
    }

    private void AddServesOn(VillagePlan v, string personId, int post) =>
        AddRelationship(RelTypes.ServesOn, personId, v.Id, new()
        {
            [Props.Committee] = CadrePosts[post].Committee,
            [Props.Title] = CadrePosts[post].Title,
        });

    private void AddBodies(VillagePlan v, string[] cadreIds)
    {
        foreach (var (kind, slug, name, headPost, title) in Bodies)
        {
            var id = $"body:{v.Slug}-{slug}";
            AddNode(id, Labels.VillageBody, new()
            {
                [Props.Name] = $"{v.Name}{name}",
                [Props.Kind] = kind,
            });
            AddRelationship(RelTypes.HasBody, v.Id, id);
            AddRelationship(RelTypes.Heads, cadreIds[headPost], id, new() { [Props.Title] = title });
        }
    }

    /// <summary>
    /// Central households over runs of neighbouring members (members are ordered by group): the first member
    /// of a run hosts, the next 5–15 are attached, and gaps between runs stay unattached.
    /// </summary>
    private void AddCentralHouseholds(
        VillagePlan v, string[] groupIds, int[] memberGroup, (string Name, string Gender)[] memberNames)
    {
        var count = v.CentralHouseholds ?? Math.Max(1, (int)Math.Round(v.Members / 11.0));
        var attached = new int[count];
        for (var c = 0; c < count; c++)
        {
            attached[c] = _rng.Next(5, 13);
        }

        for (var c = 0; count + attached.Sum() > v.Members; c = (c + 1) % count)
        {
            if (attached.All(a => a == 5))
            {
                throw new InvalidOperationException($"{v.Name}: {v.Members} members cannot fill {count} central households.");
            }

            if (attached[c] > 5)
            {
                attached[c]--;
            }
        }

        var gaps = new int[count + 1];
        for (var spare = v.Members - count - attached.Sum(); spare > 0; spare--)
        {
            gaps[_rng.Next(gaps.Length)]++;
        }

        var position = gaps[0];
        for (var c = 0; c < count; c++)
        {
            var host = position;
            var id = $"ch:{v.Slug}-{c + 1:D2}";
            AddNode(id, Labels.CentralHousehold, new() { [Props.Name] = $"{memberNames[host].Name}党员中心户" });
            AddRelationship(RelTypes.Oversees, groupIds[memberGroup[host]], id);
            AddRelationship(RelTypes.Hosts, MemberId(v, host), id);
            _centralOfMember[MemberId(v, host)] = (id, MemberId(v, host));
            for (var a = 1; a <= attached[c]; a++)
            {
                AddRelationship(RelTypes.AttachedTo, MemberId(v, host + a), id);
                _centralOfMember[MemberId(v, host + a)] = (id, MemberId(v, host));
            }

            position += 1 + attached[c] + gaps[c + 1];
        }
    }

    /// <summary>
    /// Households in group order, each covered by its group. About 5% stay unassigned; the rest are linked
    /// in order, 10–20 each, by members spread evenly over the (group-ordered) member list.
    /// </summary>
    private void AddHouseholds(VillagePlan v, TownshipInfo township, string[] groupIds, int[] householdsPerGroup)
    {
        var sizes = HouseholdSizes(v.Households, v.People);
        var unassigned = ChooseUnassigned(v.Households);
        var linked = v.Households - unassigned.Count;
        var linkers = Math.Min(v.Members, Math.Clamp((int)Math.Round(linked / 15.0), (linked + 19) / 20, linked / 10));
        if (linkers * 20 < linked || linkers * 10 > linked)
        {
            throw new InvalidOperationException($"{v.Name}: {linked} households cannot be linked 10–20 each by {v.Members} members.");
        }

        var quota = LinkQuotas(linked, linkers);
        var linker = 0;
        var linkedSoFar = 0;
        var h = 0;
        for (var g = 0; g < groupIds.Length; g++)
        {
            for (var k = 0; k < householdsPerGroup[g]; k++, h++)
            {
                var id = $"household:{++_householdSeq:D6}";
                var props = new Dictionary<string, object?>
                {
                    [Props.HeadName] = NewName(0.85).Name,
                    [Props.Size] = (long)sizes[h],
                    [Props.Address] = $"{township.Name}{v.Name}第{g + 1}村民组",
                };
                if (_rng.Chance(0.9))
                {
                    props[Props.Phone] = $"1380{_householdSeq % 10_000_000:D7}";
                }

                AddNode(id, Labels.Household, props);
                AddRelationship(RelTypes.Covers, groupIds[g], id);
                if (unassigned.Contains(h))
                {
                    RememberChain(id, null, groupIds[g], v, township);
                    continue;
                }

                if (linkedSoFar == quota[linker])
                {
                    linker++;
                    linkedSoFar = 0;
                }

                // Linkers sit at evenly spaced places in the member list, so they link households near their group.
                var member = (int)((linker + 0.5) * v.Members / linkers);
                AddRelationship(RelTypes.Links, MemberId(v, member), id, new() { [Props.Since] = _rng.Pick(LinkSince) });
                RememberChain(id, MemberId(v, member), groupIds[g], v, township);
                linkedSoFar++;
            }
        }
    }

    private HashSet<int> ChooseUnassigned(int households)
    {
        var count = (int)Math.Round(households * (0.045 + 0.01 * _rng.NextDouble()));
        var chosen = new HashSet<int>();
        while (chosen.Count < count)
        {
            chosen.Add(_rng.Next(households));
        }

        return chosen;
    }

    private int[] LinkQuotas(int linked, int linkers) => Spread(linked, linkers, min: 10, max: 20, moves: 2 * linkers);

    /// <summary>Sizes 1–8 summing exactly to the village's people.</summary>
    private int[] HouseholdSizes(int households, int people)
    {
        if (people < households || people > 8 * households)
        {
            throw new InvalidOperationException($"{people} people do not fit {households} households of 1–8.");
        }

        return Spread(people, households, min: 1, max: 8, moves: 3 * households);
    }

    /// <summary>
    /// Splits <paramref name="total"/> into <paramref name="parts"/> as evenly as possible, then varies it by random
    /// moves of one unit between two parts that stay within [min, max], so the sum stays exact.
    /// </summary>
    private int[] Spread(int total, int parts, int min, int max, int moves)
    {
        var shares = new int[parts];
        for (var i = 0; i < parts; i++)
        {
            shares[i] = total / parts + (i < total % parts ? 1 : 0);
        }

        for (var n = 0; n < moves; n++)
        {
            var a = _rng.Next(parts);
            var b = _rng.Next(parts);
            if (a != b && shares[a] > min && shares[b] < max)
            {
                shares[a]--;
                shares[b]++;
            }
        }

        return shares;
    }

    private void AddTalents(VillagePlan v)
    {
        for (var t = 0; t < v.Talents; t++)
        {
            var id = $"person:{v.Slug}-t{t + 1:D2}";
            var roll = _rng.NextDouble();
            AddNode(id, Labels.Person, PersonProps(1960, 1996, 0.6, false, roll < 0.3 ? "BACHELOR" : "BELOW_BACHELOR"));
            AddRelationship(RelTypes.TalentOf, id, v.Id, new() { [Props.Category] = _rng.Pick(TalentCategories) });
        }
    }

    /// <summary>Splits a total over parts, at least one each, in random proportions.</summary>
    private int[] Split(int total, int parts)
    {
        if (total < parts)
        {
            throw new InvalidOperationException($"{total} cannot be split over {parts} parts.");
        }

        var counts = new int[parts];
        var weights = new double[parts];
        for (var i = 0; i < parts; i++)
        {
            counts[i] = 1;
            weights[i] = 0.6 + 0.8 * _rng.NextDouble();
        }

        var rest = total - parts;
        var weightSum = weights.Sum();
        var assigned = 0;
        for (var i = 0; i < parts; i++)
        {
            var add = (int)(rest * weights[i] / weightSum);
            counts[i] += add;
            assigned += add;
        }

        for (var left = rest - assigned; left > 0; left--)
        {
            counts[_rng.Next(parts)]++;
        }

        return counts;
    }

    /// <summary>[2, 1, 3] becomes [0, 0, 1, 2, 2, 2]: the part index of each item.</summary>
    private static int[] Expand(int[] counts)
    {
        var items = new int[counts.Sum()];
        var n = 0;
        for (var part = 0; part < counts.Length; part++)
        {
            for (var k = 0; k < counts[part]; k++)
            {
                items[n++] = part;
            }
        }

        return items;
    }
}
