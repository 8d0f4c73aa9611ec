using GovGraph.Domain.Model;

namespace GovGraph.Storage.Seeding;

/// <summary>
/// The generator's state for one run: one PRNG drawn in a fixed order, the batch being filled and the label of
/// every node added (so each relationship is checked against <see cref="RelationshipRules"/> as it is made).
/// </summary>
internal sealed partial class NingguoBuilder(int scale, ulong seed, DateTimeOffset caseReference)
{
    private readonly List<TownshipInfo> _townships = TownshipsAtScale(scale);

    private const string CityId = "city:ningguo";
    private const int CountyPeople = 384_000;
    private const int CountyCadres = 571;
    private const int CountyTalents = 102;
    private const int PartyGroupHomes = 216;
    private const int KeyVillages = 10;
    private const int DispatchBatch = 8;

    /// <summary>The 14 village venues built or enlarged since 2021: 6.6 million yuan in all.</summary>
    private static readonly long[] NewVenueInvestments =
    [
        580_000, 420_000, 510_000, 360_000, 650_000, 470_000, 390_000,
        530_000, 440_000, 610_000, 380_000, 490_000, 420_000, 350_000,
    ];

    /// <summary>Years of the 12 civil-service posts given to village party secretaries since 2017.</summary>
    private static readonly int[] CivilServicePostYears =
        [2017, 2017, 2018, 2018, 2019, 2019, 2020, 2020, 2021, 2021, 2022, 2022];

    /// <summary>Posts given before 2017, so that a "since 2017" filter has something to leave out.</summary>
    private static readonly int[] EarlierCivilServicePostYears = [2015, 2016];

    private readonly SeedRandom _rng = new(seed);
    private readonly GraphWriteBatch _batch = new();
    private readonly Dictionary<string, string> _labels = new(StringComparer.Ordinal);
    private readonly HashSet<string> _villageNames = new(StringComparer.Ordinal);
    private long _relationshipSeq;
    private long _householdSeq;

    public GraphWriteBatch Build()
    {
        AddNode(CityId, Labels.City, new() { [Props.Name] = "宁国市委" });
        AddTownships();
        var plans = PlanVillages();
        AddVillages(plans);
        AddUniversities();
        AddAgencies(plans);
        AddCityLeaders();
        AddTownshipLeaders(plans);
        AddDispatchedCadres(plans);
        var venueGroups = ChooseVenueGroups(plans);
        foreach (var plan in plans)
        {
            AddVillageSubtree(plan, venueGroups);
        }

        AddServiceRequests();
        return _batch;
    }

    private void AddTownships()
    {
        foreach (var t in _townships)
        {
            var props = new Dictionary<string, object?>
            {
                [Props.Name] = t.Name,
                [Props.DivisionType] = t.DivisionType,
            };
            if (t.Synthetic)
            {
                props[Props.Synthetic] = true;
            }

            AddNode(t.Id, Labels.Township, props);
            AddRelationship(RelTypes.Oversees, CityId, t.Id);
        }
    }

    private List<VillagePlan> PlanVillages()
    {
        foreach (var known in KnownVillages.All)
        {
            _villageNames.Add(known.Name);
        }

        var plans = new List<VillagePlan>();
        // Plans are made for the county; benchmark scales copy them afterwards (AddScaleCopies).
        for (var ti = 0; ti < NingguoTownships.All.Count; ti++)
        {
            var township = NingguoTownships.All[ti];
            var known = KnownVillages.All.Where(k => k.TownshipSlug == township.Slug).ToList();
            var extraInstructors = township.Instructors - township.Villages;
            for (var j = 0; j < township.Villages; j++)
            {
                var plan = j < known.Count
                    ? FromKnown(ti, known[j])
                    : new VillagePlan { TownshipIndex = ti, Slug = $"t{ti + 1:D2}-v{j + 1:D2}", Name = NewVillageName(), Synthetic = true };
                if (plan.Groups == 0)
                {
                    plan.Groups = _rng.Next(20, 29);
                }

                plan.MeanSize = 3.9 + 0.6 * _rng.NextDouble();
                plan.Instructors = j < extraInstructors ? 2 : 1;
                plans.Add(plan);
            }
        }

        AllocatePeople(plans);
        foreach (var plan in plans.Where(p => p.Members == 0))
        {
            var rate = 0.07 + 0.06 * _rng.NextDouble();
            plan.Members = Math.Max(
                (int)Math.Round(plan.Households * rate),
                Math.Max(plan.Groups + 5, (int)Math.Ceiling(0.96 * plan.Households / 15.0) + 3));
        }

        DistributeCountyFigures(plans);
        AddScaleCopies(plans);
        return plans;
    }

    private static VillagePlan FromKnown(int townshipIndex, KnownVillage known) => new()
    {
        TownshipIndex = townshipIndex,
        Slug = known.Slug,
        Name = known.Name,
        Synthetic = false,
        Key = known.Key,
        Groups = known.Groups ?? 0,
        Households = known.Households ?? 0,
        People = known.People ?? 0,
        Members = known.Members ?? 0,
        CentralHouseholds = known.CentralHouseholds,
        BranchType = known.BranchType,
    };

    /// <summary>Reported people or households fix a village's size; the rest of the county's 384,000 people
    /// are spread over the other villages.</summary>
    private void AllocatePeople(List<VillagePlan> plans)
    {
        foreach (var plan in plans)
        {
            if (plan.Households > 0 && plan.People == 0)
            {
                plan.People = (int)Math.Round(plan.Households * plan.MeanSize);
            }
            else if (plan.People > 0 && plan.Households == 0)
            {
                plan.Households = (int)Math.Round(plan.People / plan.MeanSize);
            }
        }

        var open = plans.Where(p => p.People == 0).ToList();
        var remaining = CountyPeople - plans.Sum(p => p.People);
        var weights = open.Select(_ => 0.55 + _rng.NextDouble()).ToArray();
        var totalWeight = weights.Sum();
        for (var i = 0; i < open.Count; i++)
        {
            open[i].People = (int)(remaining * weights[i] / totalWeight);
        }

        open[0].People += remaining - open.Sum(p => p.People);
        foreach (var plan in open)
        {
            plan.Households = (int)Math.Round(plan.People / plan.MeanSize);
        }
    }

    /// <summary>Places the county's exact figures (cadres, talents, key villages, venues, posts) on villages.</summary>
    private void DistributeCountyFigures(List<VillagePlan> plans)
    {
        for (var extra = CountyCadres - 5 * plans.Count; extra > 0;)
        {
            var plan = _rng.Pick(plans);
            if (plan.Cadres < 8)
            {
                plan.Cadres++;
                extra--;
            }
        }

        for (var i = 0; i < CountyTalents; i++)
        {
            _rng.Pick(plans).Talents++;
        }

        var others = plans.Where(p => p.Synthetic).ToList();
        _rng.Shuffle(others);
        var ruralOthers = others.Where(p => _townships[p.TownshipIndex].HoldsElections);
        foreach (var plan in ruralOthers.Take(KeyVillages - plans.Count(p => p.Key)))
        {
            plan.Key = true;
        }

        foreach (var plan in plans.Where(p => p.Key))
        {
            plan.Dispatched = plan.Synthetic ? 1 : 2;
        }

        var byVenue = plans.Where(p => p.Key && !p.Synthetic).ToList();
        var venueCandidates = plans.Except(byVenue).ToList();
        _rng.Shuffle(venueCandidates);
        byVenue.AddRange(venueCandidates.Take(NewVenueInvestments.Length - byVenue.Count));
        for (var i = 0; i < byVenue.Count; i++)
        {
            byVenue[i].NewVenueInvestment = NewVenueInvestments[i];
        }

        var shuffled = plans.ToList();
        _rng.Shuffle(shuffled);
        var years = CivilServicePostYears.Concat(EarlierCivilServicePostYears).ToArray();
        for (var i = 0; i < years.Length; i++)
        {
            shuffled[i].SecretaryCivilServicePostYear = years[i];
        }

        foreach (var plan in shuffled.Skip(years.Length).Take(3))
        {
            plan.HasRecruitedCadre = true;
        }
    }

    /// <summary>
    /// For benchmarks: each extra scale step copies every county township and its villages under synthetic names,
    /// so the graph grows while every real unit's subtree stays the size it is: what a subtree-bounded query costs
    /// can then be compared across scales.
    /// </summary>
    private void AddScaleCopies(List<VillagePlan> plans)
    {
        var county = NingguoTownships.All.Count;
        var originals = plans.ToList();
        for (var copy = 1; copy < scale; copy++)
        {
            var numbers = new int[county];
            foreach (var plan in originals)
            {
                var townshipIndex = copy * county + plan.TownshipIndex;
                plans.Add(plan.CopyAs(townshipIndex, $"t{townshipIndex + 1:D2}-v{++numbers[plan.TownshipIndex]:D2}", NewVillageName()));
            }
        }
    }

    /// <summary>The county's townships, then one synthetic copy of them per extra scale step.</summary>
    private static List<TownshipInfo> TownshipsAtScale(int scale) =>
    [
        .. Enumerable.Range(0, scale).SelectMany(copy => NingguoTownships.All.Select(t => copy == 0
            ? t
            : t with { Slug = $"{t.Slug}-x{copy + 1}", Name = $"{t.Name}（扩{copy + 1}）", Synthetic = true })),
    ];

    private string NewVillageName()
    {
        for (var attempt = 0; ; attempt++)
        {
            var first = NamePools.VillageFirst[_rng.Next(NamePools.VillageFirst.Length)];
            var second = NamePools.VillageSecond[_rng.Next(NamePools.VillageSecond.Length)];
            var core = attempt < 40
                ? $"{first}{second}"
                : $"{first}{NamePools.VillageFirst[_rng.Next(NamePools.VillageFirst.Length)]}{second}";
            if (first == second)
            {
                continue;
            }

            var name = attempt < 2_000 ? $"{core}村" : $"{core}{attempt}村";
            if (_villageNames.Add(name))
            {
                return name;
            }
        }
    }

    private void AddVillages(List<VillagePlan> plans)
    {
        foreach (var plan in plans)
        {
            var props = new Dictionary<string, object?>
            {
                [Props.Name] = plan.Name,
                [Props.BranchType] = plan.BranchType ?? BranchTypeFor(plan),
                [Props.KeyVillage] = plan.Key,
            };
            if (plan.Synthetic)
            {
                props[Props.Synthetic] = true;
            }

            AddNode(plan.Id, Labels.Village, props);
            AddRelationship(RelTypes.Oversees, _townships[plan.TownshipIndex].Id, plan.Id);
        }
    }

    /// <summary>50+ members may form a general branch; only synthetic villages get a village party committee.</summary>
    private static string BranchTypeFor(VillagePlan plan) => plan.Members switch
    {
        >= 150 when plan.Synthetic => "COMMITTEE",
        >= 50 => "GENERAL_BRANCH",
        _ => "BRANCH",
    };

    private void AddUniversities()
    {
        foreach (var (slug, name, real) in NamePools.Universities)
        {
            var id = $"university:{slug}";
            var props = new Dictionary<string, object?> { [Props.Name] = name };
            if (!real)
            {
                props[Props.Synthetic] = true;
            }

            AddNode(id, Labels.University, props);
            var areas = real
                ? NamePools.CooperationAreas.ToArray()
                : NamePools.CooperationAreas.Where(_ => _rng.Chance(0.5)).DefaultIfEmpty(NamePools.CooperationAreas[0]).ToArray();
            AddRelationship(RelTypes.CooperatesWith, id, CityId, new() { [Props.Areas] = areas });
        }
    }

    private void AddAgencies(List<VillagePlan> plans)
    {
        var agencies = NamePools.Organs.Select(n => (Name: n, Category: "ORGAN"))
            .Concat(NamePools.Institutions.Select(n => (Name: n, Category: "INSTITUTION")))
            .Concat(NamePools.Enterprises.Select(n => (Name: n, Category: "ENTERPRISE")))
            .ToList();
        var villages = plans.Select(p => p.Id).ToList();
        _rng.Shuffle(villages);
        for (var i = 0; i < villages.Count; i++)
        {
            var (name, category) = agencies[i % agencies.Count];
            var round = i / agencies.Count;
            var id = $"agency:{i + 1:D3}";
            AddNode(id, Labels.Agency, new()
            {
                [Props.Name] = round == 0 ? name : $"{name}（结对{round + 1}组）",
                [Props.Category] = category,
                [Props.Synthetic] = true,
            });
            AddRelationship(RelTypes.PairedWith, id, villages[i], new() { [Props.Since] = "2021-05-01" });
        }
    }

    /// <summary>23 city leaders: one per township-level unit, and a second one for the four largest towns.</summary>
    private void AddCityLeaders()
    {
        var targets = _townships.Select(t => t.Id)
            .Concat(["township:gangkou", "township:zhongxi", "township:meilin", "township:hule"])
            .ToList();
        _rng.Shuffle(targets);
        for (var i = 0; i < targets.Count; i++)
        {
            var id = $"person:city-{i + 1:D2}";
            AddNode(id, Labels.Person, PersonProps(1965, 1981, 0.8, true, _rng.Chance(0.6) ? "POSTGRADUATE" : "BACHELOR"));
            AddRelationship(RelTypes.Contacts, id, targets[i], new() { [Props.Since] = "2021-06-01" });
        }

        // History for `asOf` queries: the first leader contacted another unit before the 2021 reassignment.
        // Unlinking keeps such relationships with an `until`, so "who contacted X on a date" stays answerable.
        var earlier = targets.First(t => t != targets[0]);
        AddRelationship(RelTypes.Contacts, "person:city-01", earlier, new() { [Props.Since] = "2019-01-01", [Props.Until] = "2021-06-01" });
    }

    /// <summary>
    /// 141 township leadership members (118 graduates, 37 postgraduates). The 117 instructors are township
    /// party-committee members, so they are leaders too, each instructing a village of their own township.
    /// </summary>
    private void AddTownshipLeaders(List<VillagePlan> plans)
    {
        var leadersPerTownship = _townships
            .Select((t, ti) => t.Leaders + (plans.Count(p => p.TownshipIndex == ti) - t.Villages))
            .ToArray();
        var total = leadersPerTownship.Sum();
        var education = Enumerable.Repeat("POSTGRADUATE", 37)
            .Concat(Enumerable.Repeat("BACHELOR", 118 - 37))
            .Concat(Enumerable.Repeat("BELOW_BACHELOR", total - 118))
            .ToList();
        _rng.Shuffle(education);

        var next = 0;
        for (var ti = 0; ti < _townships.Count; ti++)
        {
            var township = _townships[ti];
            var instructed = plans.Where(p => p.TownshipIndex == ti)
                .SelectMany(p => Enumerable.Repeat(p.Id, p.Instructors))
                .ToList();
            for (var i = 0; i < leadersPerTownship[ti]; i++)
            {
                var id = $"person:twp-{township.Slug}-{i + 1:D2}";
                var props = PersonProps(1968, 1994, 0.75, true, education[next++]);
                // The one village party secretary promoted into a township leadership (胡乐镇, a deputy head).
                if (township.Slug == "hule" && i == 8)
                {
                    props[Props.PromotedFromVillageSecretary] = true;
                }

                AddNode(id, Labels.Person, props);
                AddRelationship(RelTypes.Leads, id, township.Id, new() { [Props.Title] = LeaderTitle(township, i) });

                // Leader 0 is the secretary; the next ones are the committee members who instruct villages.
                if (i >= 1 && i <= instructed.Count)
                {
                    AddRelationship(RelTypes.Instructs, id, instructed[i - 1]);
                }
            }
        }
    }

    private static string LeaderTitle(TownshipInfo township, int index)
    {
        if (township.DivisionType == NingguoTownships.Street)
        {
            return index switch
            {
                0 => "党工委书记",
                1 => "办事处主任",
                2 => "党工委副书记",
                3 => "纪工委书记",
                4 => "党工委委员、组织委员",
                5 => "党工委委员、宣传委员",
                _ => "办事处副主任",
            };
        }

        var head = township.DivisionType == NingguoTownships.Town ? "镇长" : "乡长";
        return index switch
        {
            0 => "党委书记",
            1 => head,
            2 => "党委副书记",
            3 => "人大主席",
            4 => "纪委书记",
            5 => "党委委员、组织委员",
            6 => "党委委员、宣传委员",
            7 => "党委委员、武装部长",
            _ => $"副{head}",
        };
    }

    private void AddDispatchedCadres(List<VillagePlan> plans)
    {
        var n = 0;
        foreach (var plan in plans.Where(p => p.Dispatched > 0))
        {
            for (var i = 0; i < plan.Dispatched; i++)
            {
                var id = $"person:dispatched-{++n:D2}";
                AddNode(id, Labels.Person, PersonProps(1984, 1997, 0.7, true, _rng.Chance(0.3) ? "POSTGRADUATE" : "BACHELOR"));
                AddRelationship(RelTypes.StationedIn, id, plan.Id, new()
                {
                    [Props.Batch] = (long)DispatchBatch,
                    [Props.Title] = i == 0 ? "第一书记" : "工作队队员",
                });
            }
        }
    }

    private HashSet<string> ChooseVenueGroups(List<VillagePlan> plans)
    {
        var groups = plans.SelectMany(p => Enumerable.Range(1, p.Groups).Select(g => GroupId(p, g))).ToList();
        _rng.Shuffle(groups);
        return groups.Take(PartyGroupHomes * scale).ToHashSet(StringComparer.Ordinal);
    }

    private static string GroupId(VillagePlan plan, int number) => $"group:{plan.Slug}-g{number:D2}";

    private Dictionary<string, object?> PersonProps(int fromYear, int toYear, double maleShare, bool partyMember, string? education)
    {
        var (name, gender) = NewName(maleShare);
        var props = new Dictionary<string, object?>
        {
            [Props.Name] = name,
            [Props.Gender] = gender,
            [Props.BirthYear] = (long)_rng.Next(fromYear, toYear + 1),
            [Props.PartyMember] = partyMember,
        };
        if (education is not null)
        {
            props[Props.Education] = education;
        }

        return props;
    }

    private (string Name, string Gender) NewName(double maleShare)
    {
        var male = _rng.Chance(maleShare);
        // Squaring favours the common surnames at the front of the pool.
        var u = _rng.NextDouble();
        var surname = NamePools.Surnames[(int)(u * u * NamePools.Surnames.Length)];
        var pool = male ? NamePools.MaleGiven : NamePools.FemaleGiven;
        var first = _rng.Next(pool.Length);
        if (!_rng.Chance(0.75))
        {
            return ($"{surname}{pool[first]}", male ? "MALE" : "FEMALE");
        }

        // Offsetting by 1..n-1 keeps the two given characters distinct.
        var second = (first + _rng.Next(1, pool.Length)) % pool.Length;
        return ($"{surname}{pool[first]}{pool[second]}", male ? "MALE" : "FEMALE");
    }

    private void AddNode(string id, string label, Dictionary<string, object?> properties)
    {
        if (!_labels.TryAdd(id, label))
        {
            throw new InvalidOperationException($"Duplicate node id '{id}'.");
        }

        _batch.CreateNodes.Add(new GraphNode(id, label, properties));
    }

    private void AddRelationship(string type, string startId, string endId, Dictionary<string, object?>? properties = null)
    {
        if (!_labels.TryGetValue(startId, out var from) || !_labels.TryGetValue(endId, out var to))
        {
            throw new InvalidOperationException($"{type} from '{startId}' to '{endId}' refers to a missing node.");
        }

        if (!RelationshipRules.IsAllowed(type, from, to))
        {
            throw new InvalidOperationException($"{type} is not allowed from {from} to {to}.");
        }

        _batch.CreateRelationships.Add(new GraphRelationship(
            $"r:{++_relationshipSeq:D6}",
            type,
            startId,
            endId,
            properties ?? GraphRelationship.NoProperties));
    }
}
